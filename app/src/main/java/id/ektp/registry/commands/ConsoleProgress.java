package id.ektp.registry.commands;

import id.ektp.registry.regions.Progress;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;

/**
 * The commands' progress bar ({@code me.tongfei:progressbar}): label, bar, percentage, count, rate and time.
 * The bar is made at the first report, when the total is known, and closed (its last line ended) when the
 * job reaches its total, so what the command prints next starts on a line of its own.
 */
public final class ConsoleProgress implements Progress {

    private final PrintStream out;
    private final String label;
    private ProgressBar bar;

    ConsoleProgress(PrintStream out, String label) {
        this.out = out;
        this.label = label;
    }

    @Override
    public synchronized void advanced(long done, long total) {
        if (bar == null) {
            bar = new ProgressBarBuilder()
                    .setTaskName(label)
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(out))
                    .setUpdateIntervalMillis(200)
                    .showSpeed()
                    .build();
        }
        bar.maxHint(total);
        bar.stepTo(done);
        if (done >= total) {
            bar.close();
            bar = null;
            // The non-interactive consumer leaves its last line open; the old bar ended it, and callers print after it.
            out.println();
            out.flush();
        }
    }
}
