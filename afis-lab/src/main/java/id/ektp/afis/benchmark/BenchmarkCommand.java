package id.ektp.afis.benchmark;

import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import id.ektp.afis.evaluation.FvcSet;
import id.ektp.afis.evaluation.FvcTemplates;
import id.ektp.afis.gallery.BruteForceGallery;
import id.ektp.afis.gallery.Decision;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.Identification;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.synthetic.SyntheticPopulation;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Brute-force gallery benchmark on synthetic ten-print persons: insert rate, identify latency p50/p95 for
 * ten-finger mated and non-mated probes, and heap per person, at each requested gallery size, all cores.
 * Side by side in the same run it measures the baseline a gallery cannot beat, plain SourceAFIS
 * comparisons in a tight loop on one thread, and prints the ratio of the gallery's comparisons per CPU
 * second to that loop's. Both wall-clock and CPU-time figures are printed: on a shared machine the wall
 * clock includes waiting for a core, CPU time does not.
 *
 * <p>Arguments: {@code --sizes 1000,10000,100000 --probes 20,20,3 [--seed N] [--reports folder] [--fvc
 * folder]}; probes are per kind (mated and non-mated) for each size. {@code --replot folder} redraws the
 * plot from that folder's {@code benchmark.json}.
 */
public final class BenchmarkCommand {
    private static final int FINGERS = 10;
    private static final int BATCH = 500;
    private static final long NON_MATED_OFFSET = 1L << 40;

    private double[] realBaseline;

    public static void main(String[] args) throws IOException {
        Path fvc = null;
        String sizesArg = "1000,10000";
        String probesArg = "20,20";
        long seed = 5;
        Path reports = Path.of("afis/reports");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--sizes" -> sizesArg = args[i + 1];
                case "--probes" -> probesArg = args[i + 1];
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--reports" -> reports = Path.of(args[i + 1]);
                case "--fvc" -> fvc = Path.of(args[i + 1]);
                case "--replot" -> {
                    plot(Path.of(args[i + 1]));
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        int[] sizes = parse(sizesArg);
        int[] probes = parse(probesArg);
        if (probes.length != sizes.length)
            throw new IllegalArgumentException("--probes needs one count per size in --sizes");
        Files.createDirectories(reports);
        new BenchmarkCommand().run(sizes, probes, new SyntheticPopulation(seed), seed, reports, fvc);
    }

    void run(int[] sizes, int[] probes, SyntheticPopulation population, long seed, Path reports, Path fvc)
            throws IOException {
        int cores = Runtime.getRuntime().availableProcessors();
        long maxHeap = Runtime.getRuntime().maxMemory();
        System.out.printf(Locale.ROOT, "Brute-force gallery benchmark: %d cores, max heap %.1f GB, seed %d, load average %.1f%n",
                cores, maxHeap / 1e9, seed, loadAverage());
        List<FingerprintTemplate> synthetic = IntStream.range(0, 400).parallel()
                .mapToObj(p -> population.template(p, FingerPosition.RIGHT_INDEX, 0).sourceAfis()).toList();
        double baselinePerCore = rawComparisonsPerSecond(synthetic);
        System.out.printf(Locale.ROOT, "Baseline, plain SourceAFIS loop on one thread, synthetic templates: %,.0f finger "
                + "comparisons per CPU second, %.1f KB per template (SourceAFIS estimate)%n", baselinePerCore, meanMemory(synthetic) / 1024);
        realBaseline = realTemplateBaseline(fvc);
        List<SizeResult> results = new ArrayList<>();
        for (int s = 0; s < sizes.length; s++) {
            results.add(measure(sizes[s], probes[s], population));
            System.out.printf(Locale.ROOT, "(load average now %.1f on %d cores)%n", loadAverage(), cores);
            print(results, baselinePerCore, cores);
            // Written after every size, so that a long run stopped early keeps what it measured.
            writeReports(results, baselinePerCore, cores, maxHeap, seed, reports);
        }
    }

    private SizeResult measure(int persons, int probeCount, SyntheticPopulation population) {
        long emptyHeap = usedHeapAfterGc();
        try (BruteForceGallery gallery = new BruteForceGallery()) {
            long generateNanos = 0;
            long generateCpu = 0;
            long insertNanos = 0;
            for (int from = 0; from < persons; from += BATCH) {
                int to = Math.min(persons, from + BATCH);
                long c0 = processCpuNanos();
                long t0 = System.nanoTime();
                List<TenPrint> batch = IntStream.range(from, to).parallel().mapToObj(p -> population.enrolmentTenPrint(p)).toList();
                long t1 = System.nanoTime();
                generateCpu += processCpuNanos() - c0;
                for (int p = from; p < to; p++)
                    gallery.insert(id(p), batch.get(p - from));
                generateNanos += t1 - t0;
                insertNanos += System.nanoTime() - t1;
                if (persons >= 50_000 && to % 10_000 == 0)
                    System.out.printf(Locale.ROOT, "  %,d persons enrolled%n", to);
            }
            double bytesPerPerson = (usedHeapAfterGc() - emptyHeap) / (double) persons;

            List<TenPrint> mated = new ArrayList<>();
            List<TenPrint> nonMated = new ArrayList<>();
            for (int i = 0; i < probeCount; i++) {
                mated.add(population.tenPrint(matedPerson(i, probeCount, persons), 1));
                nonMated.add(population.tenPrint(NON_MATED_OFFSET + i, 1));
            }
            if (persons <= 20_000) {
                // Warm the JIT on this gallery before timing; at large sizes a probe is long enough to warm itself.
                gallery.identify(population.tenPrint(NON_MATED_OFFSET - 1, 1), 10);
                gallery.identify(population.tenPrint(0, 2), 10);
            }
            double[] matedMillis = new double[probeCount];
            double[] nonMatedMillis = new double[probeCount];
            double[] matedCpu = new double[probeCount];
            double[] nonMatedCpu = new double[probeCount];
            int found = 0;
            int falseHits = 0;
            for (int i = 0; i < probeCount; i++) {
                long c0 = processCpuNanos();
                long t0 = System.nanoTime();
                Identification m = gallery.identify(mated.get(i), 10);
                long t1 = System.nanoTime();
                long c1 = processCpuNanos();
                Identification n = gallery.identify(nonMated.get(i), 10);
                long t2 = System.nanoTime();
                long c2 = processCpuNanos();
                matedMillis[i] = (t1 - t0) / 1e6;
                nonMatedMillis[i] = (t2 - t1) / 1e6;
                matedCpu[i] = (c1 - c0) / 1e6;
                nonMatedCpu[i] = (c2 - c1) / 1e6;
                if (!m.candidates().isEmpty() && m.candidates().get(0).referenceId().equals(id(matedPerson(i, probeCount, persons)))
                        && m.decision() != Decision.NO_MATCH)
                    found++;
                if (!n.hits().isEmpty())
                    falseHits++;
            }
            double totalSeconds = (sum(matedMillis) + sum(nonMatedMillis)) / 1e3;
            double comparisons = 2.0 * probeCount * persons * FINGERS;
            return new SizeResult(persons, persons / (insertNanos / 1e9), persons / (generateNanos / 1e9), bytesPerPerson,
                    new LatencySample(matedMillis), new LatencySample(nonMatedMillis), comparisons / totalSeconds, found,
                    falseHits, generateCpu / 1e3 / (persons * (double) FINGERS), new LatencySample(matedCpu),
                    new LatencySample(nonMatedCpu), comparisons / ((sum(matedCpu) + sum(nonMatedCpu)) / 1e3));
        }
    }

    /** Mated probes spread over the gallery, not bunched at its start. */
    private static long matedPerson(int i, int probes, int persons) {
        return (long) i * persons / probes;
    }

    private static UUID id(long person) {
        return new UUID(0x5EEDL, person);
    }

    /**
     * The same loop on real templates (FVC2002 DB1_B extracted by SourceAFIS), when the data is there, so
     * that the figures on synthetic templates can be scaled to real ones: synthetic impressions carry more
     * minutiae than SourceAFIS keeps on FVC2002, which makes them slower to compare and larger.
     */
    private static double[] realTemplateBaseline(Path fvc) {
        if (fvc == null || !Files.isDirectory(fvc.resolve("DB1_B"))) {
            System.out.println("No FVC2002 folder given (--fvc): no real-template baseline");
            return null;
        }
        FvcSet db1 = FvcSet.readAll(fvc).stream().filter(s -> s.name().equals("DB1_B")).findFirst().orElseThrow();
        FvcTemplates templates = new FvcTemplates(List.of(db1));
        List<FingerprintTemplate> real = IntStream.range(0, templates.size()).mapToObj(templates::template).toList();
        double perCore = rawComparisonsPerSecond(real);
        double memory = meanMemory(real);
        System.out.printf(Locale.ROOT, "Baseline on real FVC2002 DB1_B templates: %,.0f finger comparisons per CPU second, "
                + "%.1f KB per template (SourceAFIS estimate)%n", perCore, memory / 1024);
        return new double[] { perCore, memory };
    }

    private static double meanMemory(List<FingerprintTemplate> templates) {
        return templates.stream().mapToInt(FingerprintTemplate::memory).average().orElse(0);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Plain SourceAFIS: one probe finger against many enrolled fingers, one thread. */
    private static double rawComparisonsPerSecond(List<FingerprintTemplate> enrolled) {
        int candidates = enrolled.size();
        FingerprintMatcher matcher = new FingerprintMatcher(enrolled.get(0));
        double sink = 0;
        for (int warm = 0; warm < 5; warm++)
            for (var c : enrolled)
                sink += matcher.match(c);
        // Thread CPU time, not wall time: on a shared machine the thread waits for a core, and the waiting
        // is not the matcher's cost. The gallery's rate below is taken on process CPU time for the same reason.
        var threads = ManagementFactory.getThreadMXBean();
        long t0 = threads.getCurrentThreadCpuTime();
        int rounds = 10;
        for (int r = 0; r < rounds; r++)
            for (var c : enrolled)
                sink += matcher.match(c);
        double seconds = (threads.getCurrentThreadCpuTime() - t0) / 1e9;
        if (Double.isNaN(sink))
            throw new IllegalStateException("NaN score");
        return rounds * candidates / seconds;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++)
            System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void print(List<SizeResult> results, double baselinePerCore, int cores) {
        System.out.println();
        System.out.println("Wall-clock figures (on a shared machine they include waiting for a core):");
        System.out.println("| persons | generate+import /s | insert /s | heap/person | probes | mated p50 | mated p95 | non-mated p50 | non-mated p95 | comparisons/s | mates found | non-mated hits |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (SizeResult r : results) {
            System.out.printf(Locale.ROOT, "| %,d | %,.0f | %,.0f | %.1f KB | %d+%d | %s | %s | %s | %s | %,.0f | %d/%d | %d/%d |%n",
                    r.persons(), r.generatePerSecond(), r.insertPerSecond(), r.bytesPerPerson() / 1024, r.mated().count(),
                    r.nonMated().count(), ms(r.mated().percentile(50)), ms(r.mated().percentile(95)),
                    ms(r.nonMated().percentile(50)), ms(r.nonMated().percentile(95)), r.comparisonsPerSecond(),
                    r.matedFound(), r.mated().count(), r.nonMatedHits(), r.nonMated().count());
        }
        System.out.println();
        System.out.println("CPU-time figures (load-independent; idle-machine latency = CPU time / " + cores + " cores, assuming the gallery keeps every core busy):");
        System.out.println("| persons | CPU per template generated | mated CPU p50 | mated CPU p95 | non-mated CPU p50 | non-mated CPU p95 | idle latency p95 (est.) | comparisons per CPU s | gallery / plain loop |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (SizeResult r : results) {
            double p95 = Math.max(r.matedCpu().percentile(95), r.nonMatedCpu().percentile(95));
            System.out.printf(Locale.ROOT, "| %,d | %.0f µs | %s | %s | %s | %s | %s | %,.0f | %.2f |%n", r.persons(),
                    r.generateCpuMicros(), ms(r.matedCpu().percentile(50)), ms(r.matedCpu().percentile(95)),
                    ms(r.nonMatedCpu().percentile(50)), ms(r.nonMatedCpu().percentile(95)), ms(p95 / cores),
                    r.comparisonsPerCpuSecond(), r.comparisonsPerCpuSecond() / baselinePerCore);
        }
    }

    private static String ms(double millis) {
        return millis >= 1000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000) : String.format(Locale.ROOT, "%.0f ms", millis);
    }

    private void writeReports(List<SizeResult> results, double baselinePerCore, int cores, long maxHeap, long seed,
            Path reports) throws IOException {
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"generated\": \"").append(Instant.now()).append("\",\n");
        json.append(String.format(Locale.ROOT, "  \"cores\": %d,%n  \"maxHeapBytes\": %d,%n  \"seed\": %d,%n", cores, maxHeap, seed));
        json.append(String.format(Locale.ROOT, "  \"loadAverageAtEnd\": %.1f,%n", loadAverage()));
        if (realBaseline != null)
            json.append(String.format(Locale.ROOT, "  \"realFvcDb1ComparisonsPerCpuSecond\": %.0f,%n  \"realFvcDb1TemplateBytes\": %.0f,%n",
                    realBaseline[0], realBaseline[1]));
        json.append(String.format(Locale.ROOT, "  \"baselineComparisonsPerCpuSecond\": %.0f,%n  \"sizes\": [%n", baselinePerCore));
        for (int i = 0; i < results.size(); i++) {
            SizeResult r = results.get(i);
            json.append(String.format(Locale.ROOT,
                    "    {\"persons\": %d, \"generatePerSecond\": %.1f, \"insertPerSecond\": %.1f, \"bytesPerPerson\": %.0f, "
                            + "\"probesPerKind\": %d, \"matedP50Ms\": %.1f, \"matedP95Ms\": %.1f, \"nonMatedP50Ms\": %.1f, "
                            + "\"nonMatedP95Ms\": %.1f, \"comparisonsPerSecond\": %.0f, "
                            + "\"matedFound\": %d, \"nonMatedHits\": %d, \"generateCpuMicrosPerTemplate\": %.1f, "
                            + "\"matedCpuP50Ms\": %.1f, \"matedCpuP95Ms\": %.1f, \"nonMatedCpuP50Ms\": %.1f, \"nonMatedCpuP95Ms\": %.1f, "
                            + "\"comparisonsPerCpuSecond\": %.0f, \"ratioToPlainLoopPerCpu\": %.3f}%s%n",
                    r.persons(), r.generatePerSecond(), r.insertPerSecond(), r.bytesPerPerson(), r.mated().count(),
                    r.mated().percentile(50), r.mated().percentile(95), r.nonMated().percentile(50),
                    r.nonMated().percentile(95), r.comparisonsPerSecond(),
                    r.matedFound(), r.nonMatedHits(), r.generateCpuMicros(), r.matedCpu().percentile(50),
                    r.matedCpu().percentile(95), r.nonMatedCpu().percentile(50), r.nonMatedCpu().percentile(95),
                    r.comparisonsPerCpuSecond(), r.comparisonsPerCpuSecond() / baselinePerCore,
                    i < results.size() - 1 ? "," : ""));
        }
        json.append("  ]\n}\n");
        Files.writeString(reports.resolve("benchmark.json"), json);

        plot(reports);
        System.out.println("Wrote " + reports.resolve("benchmark.json") + " and benchmark-latency.png");
    }

    /**
     * Draws latency against gallery size from {@code benchmark.json}: wall-clock p50/p95 as measured, and
     * the idle-machine estimate (CPU time / cores) for p95. Reading the file rather than the results keeps
     * one drawing for a fresh run and for {@code --replot}.
     */
    static void plot(Path reports) throws IOException {
        String json = Files.readString(reports.resolve("benchmark.json"));
        int cores = Integer.parseInt(field(json, "cores").get(0));
        double[] persons = numbers(json, "persons");
        XYChart chart = new XYChartBuilder().width(900).height(600)
                .title("Brute-force ten-finger identify latency vs gallery size (" + cores + " cores)")
                .xAxisTitle("gallery persons").yAxisTitle("latency, seconds").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setYAxisDecimalPattern("0.##");
        chart.getStyler().setXAxisDecimalPattern("#,###");
        String[][] series = { { "matedP50Ms", "mated p50, wall (shared machine)" }, { "matedP95Ms", "mated p95, wall" },
                { "nonMatedP50Ms", "non-mated p50, wall" }, { "nonMatedP95Ms", "non-mated p95, wall" } };
        for (String[] s : series)
            chart.addSeries(s[1], persons, seconds(numbers(json, s[0]), 1)).setMarker(SeriesMarkers.CIRCLE);
        chart.addSeries("mated p95, idle estimate (CPU / cores)", persons, seconds(numbers(json, "matedCpuP95Ms"), cores))
                .setMarker(SeriesMarkers.DIAMOND);
        chart.addSeries("non-mated p95, idle estimate (CPU / cores)", persons,
                seconds(numbers(json, "nonMatedCpuP95Ms"), cores)).setMarker(SeriesMarkers.DIAMOND);
        BitmapEncoder.saveBitmap(chart, reports.resolve("benchmark-latency.png").toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static double[] seconds(double[] millis, int divisor) {
        return java.util.Arrays.stream(millis).map(m -> m / 1000 / divisor).toArray();
    }

    private static double[] numbers(String json, String name) {
        return field(json, name).stream().mapToDouble(Double::parseDouble).toArray();
    }

    private static List<String> field(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\": ([-0-9.eE]+)").matcher(json);
        List<String> values = new ArrayList<>();
        while (m.find())
            values.add(m.group(1));
        return values;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values)
            s += v;
        return s;
    }

    private static int[] parse(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
    }
}
