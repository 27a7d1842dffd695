package id.ektp.afis.index;

import id.ektp.afis.gallery.BruteForceGallery;
import id.ektp.afis.gallery.Candidate;
import id.ektp.afis.gallery.Decision;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.Gallery;
import id.ektp.afis.gallery.Identification;
import id.ektp.afis.gallery.MatchPolicy;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.synthetic.SyntheticPopulation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The issue-5 benchmark: brute force and the fast gallery side by side, in one run, on synthetic ten-print
 * populations. For each gallery size: build time and insert rate, restart (reload) time, memory per
 * person, identify latency p50/p95 for ten-finger mated and non-mated probes, throughput with two
 * concurrent callers, FNIR/FPIR at the policy's adjudicate threshold, agreement with brute force, the
 * first stage's recall against penetration, and the speed-up. Writes a latency plot and a CSV.
 *
 * <pre>java -Xmx6g -cp ... id.ektp.afis.index.FastSearchBenchmark --sizes 10000,100000,1000000
 *     --brute 10000,100000 --mated 300 --nonmated 300 --brute-probes 10,3 --work /tmp/afis-fast-bench --reports afis/reports
 *     [--reuse true] [--shortlist 200] [--compare-rerank true] [--compare-only false] [--throughput-probes 400]</pre>
 *
 * {@code --compare-rerank true} (the default) also runs the second stage's baseline beside the shipped one on
 * the same probes, alternating, with CPU time per search ({@link RerankComparison}).
 *
 * {@code --reuse true} reopens a gallery that an earlier run built in the same work folder from the same
 * seed and size (a manifest says so) instead of rebuilding it; its build rate is then not reported.
 *
 * Brute force runs only at the sizes given by --brute (its templates need ~10 KB of heap a finger) and
 * on --brute-probes probes of each kind (each costs 10 SourceAFIS comparisons per enrolled person); at
 * larger sizes its latency is extrapolated per person, and its answer for a mated probe is taken to be
 * the true mate when the mate's fused SourceAFIS score reaches the adjudicate threshold (the measured
 * brute-force runs check that this proxy held on every probe they ran).
 */
public final class FastSearchBenchmark {

    /** Gallery persons are 0..size-1 of this population; non-mated probes come from beyond the largest gallery. */
    static final long SEED = 20_261_121L;
    private static final long NON_MATED_BASE = 50_000_000L;
    private static final int MAX_CANDIDATES = 10;

    private final SyntheticPopulation population = new SyntheticPopulation(SEED);
    private final MatchPolicy policy = MatchPolicy.DEFAULT;
    private final PrintStream out = System.out;
    private double templateInsertRate = Double.NaN;

    record Row(String gallery, int size, double insertPerSecond, double reloadSeconds, double bytesPerPerson,
            double p50, double p95, double throughput, int mated, int matedFound, int nonMated, int falseHits,
            int agreeWithBrute, int bruteMates, String note) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        int[] sizes = Arrays.stream(options.getOrDefault("sizes", "10000").split(",")).mapToInt(Integer::parseInt).toArray();
        int[] bruteSizes = Arrays.stream(options.getOrDefault("brute", "10000").split(",")).filter(s -> !s.isBlank())
                .mapToInt(Integer::parseInt).toArray();
        int mated = Integer.parseInt(options.getOrDefault("mated", "300"));
        int nonMated = Integer.parseInt(options.getOrDefault("nonmated", "300"));
        int[] bruteProbes = Arrays.stream(options.getOrDefault("brute-probes", "30").split(",")).mapToInt(Integer::parseInt).toArray();
        int largeProbes = Integer.parseInt(options.getOrDefault("large-probes", "100"));
        int shortlist = Integer.parseInt(options.getOrDefault("shortlist", String.valueOf(FastGallery.Options.DEFAULT.shortlist())));
        int screened = Integer.parseInt(options.getOrDefault("screened", String.valueOf(Math.max(shortlist, FastGallery.Options.DEFAULT.screened()))));
        Path work = Path.of(options.getOrDefault("work", "/tmp/afis-fast-bench"));
        boolean reuse = Boolean.parseBoolean(options.getOrDefault("reuse", "false"));
        boolean compareRerank = Boolean.parseBoolean(options.getOrDefault("compare-rerank", "true"));
        boolean compareOnly = Boolean.parseBoolean(options.getOrDefault("compare-only", "false"));
        int throughputProbes = Integer.parseInt(options.getOrDefault("throughput-probes", String.valueOf(THROUGHPUT_PROBES)));
        Path reports = Path.of(options.getOrDefault("reports", "afis/reports"));
        new FastSearchBenchmark(reuse, compareRerank, compareOnly, throughputProbes).run(sizes, bruteSizes, mated, nonMated, bruteProbes, largeProbes,
                new FastGallery.Options(shortlist, screened, Runtime.getRuntime().availableProcessors()), work, reports);
    }

    /** Whether a gallery built by an earlier run (same seed, same size) may be reopened instead of rebuilt. */
    private final boolean reuse;
    /** Whether to run the second stage's baseline beside the default on the same probes ({@link RerankComparison}). */
    private final boolean compareRerank;
    /** Only the side-by-side comparison (--compare-only true), for a loaded machine. */
    private final boolean compareOnly;
    /** Probes of the two-caller throughput runs (--throughput-probes; 0 skips them). */
    private final int throughputProbes;

    FastSearchBenchmark(boolean reuse, boolean compareRerank, boolean compareOnly, int throughputProbes) {
        this.reuse = reuse;
        this.compareRerank = compareRerank;
        this.compareOnly = compareOnly;
        this.throughputProbes = throughputProbes;
    }

    void run(int[] sizes, int[] bruteSizes, int mated, int nonMated, int[] bruteProbes, int largeProbes, FastGallery.Options options,
            Path work, Path reports) throws Exception {
        out.printf(Locale.ROOT, "fast 1:N benchmark: %d cores, max heap %d MB, shortlist %d screened to %d, sizes %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, options.shortlist(), options.screened(),
                Arrays.toString(sizes));
        List<Row> rows = new ArrayList<>();
        List<double[]> recallCurves = new ArrayList<>();
        double brutePerPersonMs = Double.NaN;
        double bruteBytesPerPerson = Double.NaN;
        for (int size : sizes) {
            // beyond 10,000 persons fewer probes (--large-probes): each costs full scans and its own SourceAFIS import
            int m = size > 10_000 ? Math.min(mated, largeProbes) : mated;
            int n = size > 10_000 ? Math.min(nonMated, largeProbes) : nonMated;
            Probes probes = probes(size, m, n);
            Row fast = fast(size, probes, options, work, recallCurves);
            Row brute = null;
            int bruteIndex = IntStream.range(0, bruteSizes.length).filter(i -> bruteSizes[i] == size).findFirst().orElse(-1);
            if (bruteIndex >= 0) {
                // one probe count per brute-force size (--brute-probes 10,3), or one for all
                brute = brute(size, probes.subset(bruteProbes[Math.min(bruteIndex, bruteProbes.length - 1)]), fast);
                brutePerPersonMs = brute.p50() / size;
                bruteBytesPerPerson = brute.bytesPerPerson();
            } else if (!Double.isNaN(brutePerPersonMs)) {
                brute = new Row("brute force (extrapolated)", size, Double.NaN, Double.NaN, bruteBytesPerPerson, brutePerPersonMs * size,
                        Double.NaN, 1000 / (brutePerPersonMs * size), 0, 0, 0, 0, 0, 0, "latency and heap scaled per person from the measured size");
            }
            if (brute != null) {
                rows.add(brute);
            }
            rows.add(fast);
            print(rows);
        }
        Files.createDirectories(reports);
        plot(rows, reports.resolve("fast-search-latency.png"));
        plotRecall(recallCurves, reports.resolve("fast-search-recall.png"));
        csv(rows, reports.resolve("fast-search.csv"));
        out.println("wrote " + reports.resolve("fast-search-latency.png") + " and " + reports.resolve("fast-search.csv"));
    }

    /** Mated probes: impression 1 of gallery persons spread over the gallery; non-mated: persons never enrolled. */
    record Probes(long[] matedPersons, TenPrint[] mated, TenPrint[] nonMated) {
        Probes subset(int k) {
            int a = Math.min(k, mated.length);
            int b = Math.min(k, nonMated.length);
            return new Probes(Arrays.copyOf(matedPersons, a), Arrays.copyOf(mated, a), Arrays.copyOf(nonMated, b));
        }
    }

    private Probes probes(int size, int mated, int nonMated) {
        long[] persons = new long[mated];
        for (int i = 0; i < mated; i++) {
            persons[i] = (long) i * size / mated;
        }
        TenPrint[] m = Arrays.stream(persons).parallel().mapToObj(p -> population.tenPrint(p, 1)).toArray(TenPrint[]::new);
        TenPrint[] n = IntStream.range(0, nonMated).parallel().mapToObj(i -> population.tenPrint(NON_MATED_BASE + i, 1))
                .toArray(TenPrint[]::new);
        return new Probes(persons, m, n);
    }

    static UUID referenceId(long person) {
        return new UUID(0x454b5450L, person);
    }

    private Row fast(int size, Probes probes, FastGallery.Options options, Path work, List<double[]> recallCurves) throws Exception {
        Path directory = work.resolve("fast-" + size);
        Path manifest = directory.resolve("benchmark-build.txt");
        String built = "synthetic population seed " + SEED + ", " + size + " persons, enrolment impression 0, bulk insertIso\n";
        boolean reused = reuse && Files.isRegularFile(manifest) && Files.readString(manifest).equals(built);
        long start = System.nanoTime();
        if (reused) {
            out.printf(Locale.ROOT, "  reusing the gallery built by an earlier run in %s (%s)%n", directory, built.strip());
            // re-encodes the codes if the first stage's code layout changed since; the reload below is then timed clean
            long opening = System.nanoTime();
            FastGallery.open(directory, policy, options).close();
            // with the page cache dropped before the run (sync; echo 1 > /proc/sys/vm/drop_caches) this is a cold-disk restart
            out.printf(Locale.ROOT, "  first reopen of the reused gallery: %.1f s%n", (System.nanoTime() - opening) / 1e9);
        } else {
            deleteTree(directory);
            build(directory, size, options);
            Files.writeString(manifest, built);
        }
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        if (compareOnly) {
            return compareOnly(directory, size, probes, options);
        }
        if (Double.isNaN(templateInsertRate)) {
            // measured once: it does not depend on the gallery size (appends to a log and a table)
            templateInsertRate = insertRate(work.resolve("insert"), Math.min(size, 5_000));
        }
        double insertRate = templateInsertRate;
        if (!reused) {
            out.printf(Locale.ROOT, "  bulk build from ISO records incl. generating them: %,.0f persons/s%n", size / buildSeconds);
        }
        System.gc();
        long before = usedHeap();
        start = System.nanoTime();
        FastGallery gallery = FastGallery.open(directory, policy, options);
        double reload = (System.nanoTime() - start) / 1e9;
        System.gc();
        double bytesPerPerson = (double) (usedHeap() - before) / size;
        try {
            out.printf(Locale.ROOT, "fast %,d: built in %.0f s, reloaded in %.1f s, %.0f bytes/person on the heap%n",
                    size, buildSeconds, reload, bytesPerPerson);
            double[] ranks = new double[probes.mated().length];
            for (int i = 0; i < ranks.length; i++) {
                ranks[i] = new FirstStageRanks(gallery).rankOf(probes.mated()[i], referenceId(probes.matedPersons()[i]));
            }
            double[] curve = recall(size, ranks);
            recallCurves.add(curve);
            StringBuilder line = new StringBuilder("  first-stage recall at penetration:");
            for (int i = 0; i < PENETRATIONS.length; i++) {
                line.append(String.format(Locale.ROOT, " %.0e (%,d persons) %.3f;", PENETRATIONS[i],
                        (long) Math.max(1, PENETRATIONS[i] * size), curve[i + 1]));
            }
            out.println(line);
            Timing timing = time(gallery, probes);
            int found = 0;
            int agree = 0;
            int bruteMates = 0;
            int lostInSecondStage = 0;
            int lostInPassOne = 0;
            for (int i = 0; i < probes.mated().length; i++) {
                UUID mate = referenceId(probes.matedPersons()[i]);
                Identification result = timing.mated[i];
                boolean hit = isMateHit(result, mate);
                found += hit ? 1 : 0;
                // brute force's answer: the mate, when the mate's own fused score reaches the adjudicate threshold
                boolean bruteHit = gallery.verify(mate, probes.mated()[i]).fusedScore() >= policy.thresholds().adjudicate();
                if (bruteHit) {
                    bruteMates++;
                    agree += hit ? 1 : 0;
                    if (!hit) {
                        // where the mate was lost: not listed by the first stage, or dropped by the second's cascade
                        int listed = new FirstStageRanks(gallery).listPositionOf(probes.mated()[i], mate, Math.max(options.screened(), MAX_CANDIDATES));
                        lostInSecondStage += listed >= 0 ? 1 : 0;
                        // listed by a one-pass scan (full score rank) but not by the two-pass scan
                        lostInPassOne += listed < 0 && ranks[i] < options.screened() ? 1 : 0;
                    }
                }
            }
            out.printf(Locale.ROOT, "  mates brute force returns but the fast path does not: %d, of which listed by the first stage and lost in the"
                    + " second: %d; not listed because pass one of the scan dropped them: %d%n", bruteMates - agree, lostInSecondStage, lostInPassOne);
            int falseHits = (int) Arrays.stream(timing.nonMated).filter(r -> !r.hits().isEmpty()).count();
            if (compareRerank) {
                UUID[] bruteMate = new UUID[probes.mated().length];
                for (int i = 0; i < bruteMate.length; i++) {
                    UUID mate = referenceId(probes.matedPersons()[i]);
                    bruteMate[i] = gallery.verify(mate, probes.mated()[i]).fusedScore() >= policy.thresholds().adjudicate() ? mate : null;
                }
                new RerankComparison(out).run(gallery, probes.mated(), bruteMate, probes.nonMated(), MAX_CANDIDATES, throughputProbes);
            }
            out.printf(Locale.ROOT, "  first stage: mate rank p50 %.0f, p95 %.0f, p99 %.0f, max %.0f of %,d%n",
                    quantile(ranks, 0.5), quantile(ranks, 0.95), quantile(ranks, 0.99), quantile(ranks, 1), size);
            return new Row("fast", size, insertRate, reload, bytesPerPerson, timing.p50, timing.p95, timing.throughput,
                    probes.mated().length, found, probes.nonMated().length, falseHits, agree, bruteMates,
                    "shortlist " + options.shortlist() + ", screened to " + options.screened());
        } finally {
            gallery.close();
        }
    }

    /**
     * Only issue 5's search beside the default ({@link RerankComparison}), without the insert rate, the
     * recall curve and the default's own latency run: the short form for a loaded machine.
     */
    private Row compareOnly(Path directory, int size, Probes probes, FastGallery.Options options) {
        try (FastGallery gallery = FastGallery.open(directory, policy, options)) {
            UUID[] bruteMate = new UUID[probes.mated().length];
            for (int i = 0; i < bruteMate.length; i++) {
                UUID mate = referenceId(probes.matedPersons()[i]);
                bruteMate[i] = gallery.verify(mate, probes.mated()[i]).fusedScore() >= policy.thresholds().adjudicate() ? mate : null;
            }
            var figures = new RerankComparison(out).run(gallery, probes.mated(), bruteMate, probes.nonMated(), MAX_CANDIDATES, throughputProbes);
            RerankComparison.Figures now = figures.get(FastGallery.Plan.DEFAULT);
            return new Row("fast", size, Double.NaN, Double.NaN, Double.NaN, quantile(now.wallMs(), 0.5), quantile(now.wallMs(), 0.95),
                    now.throughput(), probes.mated().length, now.agree(), probes.nonMated().length, now.falseHits(), now.agree(), now.bruteMates(),
                    "compare-only: agreement counted as brute force's mate (proxy)");
        }
    }

    /** Builds a gallery from the synthetic population's enrolment impressions, generating and inserting on all cores. */
    private void build(Path directory, int size, FastGallery.Options options) {
        long start = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        try (FastGallery gallery = FastGallery.open(directory, policy, options)) {
            int chunk = 10_000;
            for (int from = 0; from < size; from += chunk) {
                int to = Math.min(size, from + chunk);
                List<Map<FingerPosition, byte[]>> records = IntStream.range(from, to).parallel().mapToObj(this::isoRecords).toList();
                int base = from;
                IntStream.range(0, records.size()).parallel().forEach(i -> gallery.insertIso(referenceId(base + i), records.get(i)));
                if (done.addAndGet(to - from) % 100_000 == 0) {
                    out.printf(Locale.ROOT, "  built %,d persons in %.0f s%n", done.get(), (System.nanoTime() - start) / 1e9);
                }
            }
        }
    }

    /** Insert rate from stored templates: SourceAFIS ten-prints (the core store's form), into an empty gallery. */
    private double insertRate(Path directory, int persons) {
        deleteTree(directory);
        List<TenPrint> prints = IntStream.range(0, persons).parallel().mapToObj(p -> population.enrolmentTenPrint(p)).toList();
        try (FastGallery gallery = FastGallery.open(directory)) {
            long start = System.nanoTime();
            IntStream.range(0, persons).parallel().forEach(p -> gallery.insert(referenceId(p), prints.get(p)));
            double rate = persons / ((System.nanoTime() - start) / 1e9);
            out.printf(Locale.ROOT, "  insert from SourceAFIS templates: %,.0f persons/s (%,d persons)%n", rate, persons);
            return rate;
        } finally {
            deleteTree(directory);
        }
    }

    private Row brute(int size, Probes probes, Row fast) throws Exception {
        long start = System.nanoTime();
        try (BruteForceGallery gallery = new BruteForceGallery(policy)) {
            IntStream.range(0, size).parallel().forEach(p -> gallery.insert(referenceId(p), population.enrolmentTenPrint(p)));
            double build = (System.nanoTime() - start) / 1e9;
            long bytes = gallery.records().values().stream().limit(200)
                    .mapToLong(r -> r.fingers().values().stream().mapToLong(t -> t.memory()).sum()).sum() / Math.min(200, size);
            Timing timing = time(gallery, probes);
            int found = 0;
            int proxyHeld = 0;
            for (int i = 0; i < probes.mated().length; i++) {
                UUID mate = referenceId(probes.matedPersons()[i]);
                boolean hit = isMateHit(timing.mated[i], mate);
                found += hit ? 1 : 0;
                Candidate top = timing.mated[i].candidates().get(0);
                boolean proxy = top.referenceId().equals(mate) ? top.fusedScore() >= policy.thresholds().adjudicate()
                        : timing.mated[i].candidates().stream().filter(c -> c.referenceId().equals(mate)).findFirst()
                                .map(c -> c.fusedScore() >= policy.thresholds().adjudicate()).orElse(false);
                proxyHeld += proxy == hit ? 1 : 0;
            }
            int falseHits = (int) Arrays.stream(timing.nonMated).filter(r -> !r.hits().isEmpty()).count();
            out.printf(Locale.ROOT, "brute %,d: built in %.0f s; the mate-score proxy for brute force's answer held on %d of %d mated probes%n",
                    size, build, proxyHeld, probes.mated().length);
            return new Row("brute force", size, size / build, Double.NaN, bytes, timing.p50, timing.p95, timing.throughput,
                    probes.mated().length, found, probes.nonMated().length, falseHits, found, found, "");
        }
    }

    private static boolean isMateHit(Identification result, UUID mate) {
        return !result.candidates().isEmpty() && result.candidates().get(0).referenceId().equals(mate)
                && result.decision() != Decision.NO_MATCH;
    }

    record Timing(double p50, double p95, double throughput, Identification[] mated, Identification[] nonMated) {
    }

    /** Latency one search at a time (each using all cores), then throughput with two concurrent callers. */
    private Timing time(Gallery gallery, Probes probes) throws Exception {
        List<TenPrint> all = new ArrayList<>(List.of(probes.mated()));
        all.addAll(List.of(probes.nonMated()));
        gallery.identify(all.get(0), MAX_CANDIDATES); // warm-up
        double[] latency = new double[all.size()];
        Identification[] results = new Identification[all.size()];
        for (int i = 0; i < all.size(); i++) {
            long start = System.nanoTime();
            results[i] = gallery.identify(all.get(i), MAX_CANDIDATES);
            latency[i] = (System.nanoTime() - start) / 1e6;
        }
        double throughput;
        if (gallery instanceof BruteForceGallery && gallery.count() > 10_000) {
            // one brute-force search already keeps every core busy for most of a minute: calls in a row are its throughput
            throughput = 1000 / Arrays.stream(latency).average().orElse(Double.NaN);
        } else {
            // sustained rate with two concurrent callers, over at most THROUGHPUT_PROBES probes, mated and non-mated interleaved
            List<TenPrint> mixed = interleave(probes, THROUGHPUT_PROBES);
            int callers = 2;
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            AtomicInteger next = new AtomicInteger();
            for (int c = 0; c < callers; c++) {
                futures.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < mixed.size(); ) {
                        gallery.identify(mixed.get(i), MAX_CANDIDATES);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            throughput = mixed.size() / ((System.nanoTime() - start) / 1e9);
            pool.shutdown();
        }
        int m = probes.mated().length;
        return new Timing(quantile(latency, 0.5), quantile(latency, 0.95), throughput,
                Arrays.copyOfRange(results, 0, m), Arrays.copyOfRange(results, m, results.length));
    }

    static final int THROUGHPUT_PROBES = 400;

    private static List<TenPrint> interleave(Probes probes, int limit) {
        List<TenPrint> mixed = new ArrayList<>();
        for (int i = 0; mixed.size() < limit && (i < probes.mated().length || i < probes.nonMated().length); i++) {
            if (i < probes.mated().length) {
                mixed.add(probes.mated()[i]);
            }
            if (i < probes.nonMated().length && mixed.size() < limit) {
                mixed.add(probes.nonMated()[i]);
            }
        }
        return mixed;
    }

    private Map<FingerPosition, byte[]> isoRecords(int person) {
        return population.enrolmentRecords(person);
    }

    /** Recall (share of mated probes whose mate ranks within the shortlist) at penetrations 1e-5 .. 1. */
    private static double[] recall(int size, double[] ranks) {
        double[] curve = new double[PENETRATIONS.length + 1];
        curve[0] = size;
        for (int i = 0; i < PENETRATIONS.length; i++) {
            double k = Math.max(1, PENETRATIONS[i] * size);
            curve[i + 1] = Arrays.stream(ranks).filter(r -> r < k).count() / (double) ranks.length;
        }
        return curve;
    }

    static final double[] PENETRATIONS = {1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 1e-1};

    private void print(List<Row> rows) {
        out.printf(Locale.ROOT, "%nload average (1 min) now: %s%n", RerankComparison.load());
        out.println();
        out.printf(Locale.ROOT, "%-27s %10s %10s %8s %9s %9s %9s %8s %12s %12s %12s %8s %s%n", "gallery", "persons",
                "insert/s", "reload s", "B/person", "p50 ms", "p95 ms", "ident/s", "FNIR", "FPIR", "agree w/ BF", "speed-up", "note");
        for (Row r : rows) {
            Row brute = rows.stream().filter(b -> b.size() == r.size() && b.gallery().startsWith("brute")).findFirst().orElse(null);
            double speedUp = brute == null || r.gallery().startsWith("brute") ? Double.NaN : brute.p50() / r.p50();
            out.printf(Locale.ROOT, "%-27s %,10d %,10.0f %8.1f %,9.0f %,9.1f %,9.1f %8.2f %12s %12s %12s %8.1f %s%n",
                    r.gallery(), r.size(), r.insertPerSecond(), r.reloadSeconds(), r.bytesPerPerson(), r.p50(), r.p95(),
                    r.throughput(), r.mated() == 0 ? "-" : (r.mated() - r.matedFound()) + "/" + r.mated(),
                    r.nonMated() == 0 ? "-" : r.falseHits() + "/" + r.nonMated(),
                    r.bruteMates() == 0 ? "-" : r.agreeWithBrute() + "/" + r.bruteMates(), speedUp, r.note());
        }
        out.println();
    }

    private static void plot(List<Row> rows, Path file) throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(600).title("Ten-print identify latency against gallery size (2 cores)")
                .xAxisTitle("persons in the gallery").yAxisTitle("latency, ms").build();
        chart.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true);
        for (String name : List.of("brute force", "fast")) {
            List<Row> series = rows.stream().filter(r -> r.gallery().startsWith(name)).sorted(Comparator.comparingInt(Row::size)).toList();
            if (series.isEmpty()) {
                continue;
            }
            chart.addSeries(name + " p50", series.stream().mapToDouble(Row::size).toArray(), series.stream().mapToDouble(Row::p50).toArray())
                    .setMarker(SeriesMarkers.CIRCLE);
            List<Row> measured = series.stream().filter(r -> !Double.isNaN(r.p95())).toList();
            if (!measured.isEmpty()) {
                chart.addSeries(name + " p95", measured.stream().mapToDouble(Row::size).toArray(),
                        measured.stream().mapToDouble(Row::p95).toArray()).setMarker(SeriesMarkers.DIAMOND);
            }
        }
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static void plotRecall(List<double[]> curves, Path file) throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(600).title("First stage: recall of the mate against penetration")
                .xAxisTitle("penetration (shortlist / gallery)").yAxisTitle("mated probes whose mate is shortlisted").build();
        chart.getStyler().setXAxisLogarithmic(true);
        for (double[] curve : curves) {
            double[] x = new double[PENETRATIONS.length];
            double[] y = new double[PENETRATIONS.length];
            for (int i = 0; i < PENETRATIONS.length; i++) {
                x[i] = Math.max(PENETRATIONS[i], 1 / curve[0]);
                y[i] = curve[i + 1];
            }
            chart.addSeries(String.format(Locale.ROOT, "%,d persons", (long) curve[0]), x, y).setMarker(SeriesMarkers.CIRCLE);
        }
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static void csv(List<Row> rows, Path file) throws IOException {
        StringBuilder s = new StringBuilder("gallery,persons,insert_per_s,reload_s,bytes_per_person,p50_ms,p95_ms,ident_per_s,mated,mated_found,non_mated,false_hits,agree_with_brute,brute_mates,note\n");
        for (Row r : rows) {
            s.append(String.format(Locale.ROOT, "%s,%d,%.1f,%.2f,%.0f,%.2f,%.2f,%.3f,%d,%d,%d,%d,%d,%d,%s%n", r.gallery(), r.size(),
                    r.insertPerSecond(), r.reloadSeconds(), r.bytesPerPerson(), r.p50(), r.p95(), r.throughput(), r.mated(),
                    r.matedFound(), r.nonMated(), r.falseHits(), r.agreeWithBrute(), r.bruteMates(), r.note()));
        }
        Files.writeString(file, s);
    }

    static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1 < 0 ? 0 : (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
