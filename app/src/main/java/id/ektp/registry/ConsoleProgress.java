package id.ektp.registry;

import java.io.PrintStream;

/** A text progress bar for the commands: {@code [#####-----]  50%  500,000/1,000,000  12,345/s}. */
final class ConsoleProgress implements Progress {

    private static final int WIDTH = 40;

    private final PrintStream out;
    private final String label;
    private final long started = System.nanoTime();
    private long lastPrinted;

    ConsoleProgress(PrintStream out, String label) {
        this.out = out;
        this.label = label;
    }

    @Override
    public synchronized void advanced(long done, long total) {
        long now = System.nanoTime();
        if (done < total && now - lastPrinted < 200_000_000L) {
            return;
        }
        lastPrinted = now;
        double share = total == 0 ? 1 : (double) done / total;
        int filled = (int) Math.round(share * WIDTH);
        double seconds = (now - started) / 1e9;
        out.printf("\r%s [%s%s] %3d%%  %,d/%,d  %,.0f/s  %.1f s", label, "#".repeat(filled), "-".repeat(WIDTH - filled),
                Math.round(share * 100), done, total, seconds > 0 ? done / seconds : 0.0, seconds);
        if (done >= total) {
            out.println();
        }
        out.flush();
    }
}
