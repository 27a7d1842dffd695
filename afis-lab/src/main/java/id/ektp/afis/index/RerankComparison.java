package id.ektp.afis.index;

import id.ektp.afis.gallery.Decision;
import id.ektp.afis.gallery.Identification;
import id.ektp.afis.gallery.SearchScope;
import id.ektp.afis.gallery.TenPrint;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 5's search ({@link FastGallery.Options#ISSUE_5}, plan {@link FastGallery.Plan#WHOLE_LIST}) against the default, side by side
 * on one open gallery and the same probes, alternating probe by probe (so that both meet the same load
 * on a shared machine): wall time and CPU time per search, SourceAFIS comparisons per search, agreement
 * with brute force's mate, and the throughput of two concurrent callers.
 *
 * <p>Why CPU time: on a machine other jobs share, wall time measures the queue for a core as much as
 * the search. The CPU of every Java thread of the JVM (the caller and the gallery's workers; the
 * collector's threads are not Java threads) over one search at a time is the search's own cost, and
 * cores divided by it is the rate two idle cores would sustain, which the throughput run checks.
 */
final class RerankComparison {

    record Figures(FastGallery.Plan plan, double[] wallMs, double[] cpuMs, double comparisons, int agree, int bruteMates,
            int falseHits, double throughput, String load) {
        double meanCpu() {
            return Arrays.stream(cpuMs).average().orElse(Double.NaN);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final PrintStream out;

    RerankComparison(PrintStream out) {
        this.out = out;
    }

    /**
     * @param mates       the mate of each mated probe, or null where brute force's answer is not the mate
     *                    (the mate's own fused score below the adjudicate threshold)
     * @param maxCandidates as the benchmark's searches
     */
    Map<FastGallery.Plan, Figures> run(FastGallery gallery, TenPrint[] mated, UUID[] mates, TenPrint[] nonMated, int maxCandidates,
            int throughputProbes) {
        List<TenPrint> all = new ArrayList<>(List.of(mated));
        all.addAll(List.of(nonMated));
        // the baseline's depths are issue 5's (shortlist 200 cascaded, screened to 1,000), the default's its own
        Map<FastGallery.Plan, FastGallery.Options> optionsOf = new EnumMap<>(FastGallery.Plan.class);
        optionsOf.put(FastGallery.Plan.WHOLE_LIST, FastGallery.Options.ISSUE_5);
        optionsOf.put(FastGallery.Plan.DEFAULT, FastGallery.Options.DEFAULT);
        FastGallery.Plan[] variants = FastGallery.Plan.values();
        Map<FastGallery.Plan, double[]> wall = new EnumMap<>(FastGallery.Plan.class);
        Map<FastGallery.Plan, double[]> cpu = new EnumMap<>(FastGallery.Plan.class);
        Map<FastGallery.Plan, long[]> compared = new EnumMap<>(FastGallery.Plan.class);
        Map<FastGallery.Plan, Identification[]> results = new EnumMap<>(FastGallery.Plan.class);
        for (FastGallery.Plan v : variants) {
            wall.put(v, new double[all.size()]);
            cpu.put(v, new double[all.size()]);
            compared.put(v, new long[all.size()]);
            results.put(v, new Identification[all.size()]);
            gallery.identify(all.get(0), SearchScope.all(), maxCandidates, optionsOf.get(v)); // warm-up
        }
        String latencyLoad = load();
        for (int i = 0; i < all.size(); i++) {
            // alternate which variant goes first, so neither always meets a warmer cache
            for (int k = 0; k < variants.length; k++) {
                FastGallery.Plan v = variants[(i + k) % variants.length];
                long comparisonsBefore = gallery.comparisons();
                long cpuBefore = allThreadsCpu();
                long start = System.nanoTime();
                results.get(v)[i] = gallery.identify(all.get(i), SearchScope.all(), maxCandidates, optionsOf.get(v));
                wall.get(v)[i] = (System.nanoTime() - start) / 1e6;
                cpu.get(v)[i] = (allThreadsCpu() - cpuBefore) / 1e6;
                compared.get(v)[i] = gallery.comparisons() - comparisonsBefore;
            }
        }
        latencyLoad += " -> " + load();
        Map<FastGallery.Plan, Figures> figures = new EnumMap<>(FastGallery.Plan.class);
        List<TenPrint> mixed = interleave(mated, nonMated, throughputProbes);
        for (FastGallery.Plan v : variants) {
            int agree = 0;
            int bruteMates = 0;
            for (int i = 0; i < mated.length; i++) {
                if (mates[i] != null) {
                    bruteMates++;
                    Identification r = results.get(v)[i];
                    agree += !r.candidates().isEmpty() && r.candidates().get(0).referenceId().equals(mates[i])
                            && r.decision() != Decision.NO_MATCH ? 1 : 0;
                }
            }
            int falseHits = 0;
            for (int i = mated.length; i < all.size(); i++) {
                falseHits += results.get(v)[i].hits().isEmpty() ? 0 : 1;
            }
            String before = load();
            double throughput = throughput(gallery, mixed, maxCandidates, optionsOf.get(v));
            figures.put(v, new Figures(v, wall.get(v), cpu.get(v), Arrays.stream(compared.get(v)).average().orElse(Double.NaN), agree,
                    bruteMates, falseHits, throughput, "latency " + latencyLoad + "; throughput " + before + " -> " + load()));
        }
        print(figures, mated.length, nonMated.length);
        return figures;
    }

    private void print(Map<FastGallery.Plan, Figures> figures, int mated, int nonMated) {
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "  issue 5's search and the default, side by side (%d mated + %d non-mated probes, one search at a time, variants alternating):%n", mated, nonMated);
        out.printf(Locale.ROOT, "  %-18s %9s %9s %10s %10s %10s %10s %12s %13s %10s %s%n", "plan", "wall p50", "wall p95", "CPU mean",
                "CPU p50", "CPU p95", "compared", "agree w/ BF", cores + " cores/CPU", "2 callers", "load average (1 min)");
        for (Figures f : figures.values()) {
            out.printf(Locale.ROOT, "  %-18s %7.1f ms %7.1f ms %7.1f ms %7.1f ms %7.1f ms %10.0f %8d/%-4d %9.2f /s %7.2f /s %s%n",
                    f.plan(), FastSearchBenchmark.quantile(f.wallMs(), 0.5), FastSearchBenchmark.quantile(f.wallMs(), 0.95), f.meanCpu(),
                    FastSearchBenchmark.quantile(f.cpuMs(), 0.5), FastSearchBenchmark.quantile(f.cpuMs(), 0.95), f.comparisons(), f.agree(),
                    f.bruteMates(), cores * 1000 / f.meanCpu(), f.throughput(), f.load());
        }
        Figures old = figures.get(FastGallery.Plan.WHOLE_LIST);
        Figures now = figures.get(FastGallery.Plan.DEFAULT);
        out.printf(Locale.ROOT, "  %s / %s: CPU per search %.2fx less, comparisons %.2fx fewer, two-caller throughput %.2fx%n",
                now.plan(), old.plan(), old.meanCpu() / now.meanCpu(), old.comparisons() / now.comparisons(), now.throughput() / old.throughput());
        for (Figures f : figures.values()) {
            double[] matedCpu = Arrays.copyOfRange(f.cpuMs(), 0, mated);
            double[] nonMatedCpu = Arrays.copyOfRange(f.cpuMs(), mated, f.cpuMs().length);
            out.printf(Locale.ROOT, "  %-18s CPU mean: mated %.1f ms, non-mated %.1f ms%n", f.plan(),
                    Arrays.stream(matedCpu).average().orElse(Double.NaN), Arrays.stream(nonMatedCpu).average().orElse(Double.NaN));
        }
    }

    private static double throughput(FastGallery gallery, List<TenPrint> mixed, int maxCandidates, FastGallery.Options v) {
        if (mixed.isEmpty()) {
            return Double.NaN;
        }
        int callers = 2;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            AtomicInteger next = new AtomicInteger();
            for (int c = 0; c < callers; c++) {
                futures.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < mixed.size(); ) {
                        gallery.identify(mixed.get(i), SearchScope.all(), maxCandidates, v);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return mixed.size() / ((System.nanoTime() - start) / 1e9);
        } catch (Exception e) {
            throw new IllegalStateException("throughput run failed: " + e, e);
        } finally {
            pool.shutdown();
        }
    }

    private static List<TenPrint> interleave(TenPrint[] mated, TenPrint[] nonMated, int limit) {
        List<TenPrint> mixed = new ArrayList<>();
        for (int i = 0; mixed.size() < limit && (i < mated.length || i < nonMated.length); i++) {
            if (i < mated.length) {
                mixed.add(mated[i]);
            }
            if (i < nonMated.length && mixed.size() < limit) {
                mixed.add(nonMated[i]);
            }
        }
        return mixed;
    }

    /** CPU time of every live Java thread, in nanoseconds. */
    private static long allThreadsCpu() {
        long sum = 0;
        for (long id : THREADS.getAllThreadIds()) {
            long t = THREADS.getThreadCpuTime(id);
            sum += t > 0 ? t : 0;
        }
        return sum;
    }

    /** The machine's 1-minute load average, as /proc says (the runs share a machine). */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
