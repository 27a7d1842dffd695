package id.ektp.afis.index;

import com.machinezoo.sourceafis.FingerprintMatcher;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.MatchPolicy;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.synthetic.SyntheticPopulation;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Research harness for the first stage: where the finger codes rank the true mate among N synthetic
 * persons, for several code and scoring variants side by side, without the template log (codes in
 * memory only). Gallery: impression 0 of persons 0..N-1 (seed 20261121, as FastSearchBenchmark);
 * mated probes: impression 1 of M persons spread over the gallery. A probe counts only if brute force
 * would return its mate (the mate's fused SourceAFIS score reaches the adjudicate threshold).
 *
 * <pre>java -Xmx6g -cp ... id.ektp.afis.index.FirstStageHarness 100000 500 /tmp/first-stage-cache</pre>
 */
final class FirstStageHarness {

    static final long SEED = 20261121L;

    private final SyntheticPopulation population = new SyntheticPopulation(SEED);
    private final int persons;
    private final long[] probePersons;
    private final Minutiae[] gallery;
    private final Minutiae[] probes;
    private final boolean[] counted;

    private FirstStageHarness(int persons, int probeCount, Path cache) throws IOException {
        this.persons = persons;
        probePersons = new long[probeCount];
        for (int i = 0; i < probeCount; i++) {
            probePersons[i] = (long) i * persons / probeCount;
        }
        Files.createDirectories(cache);
        gallery = minutiae(cache.resolve("gallery-" + persons + ".bin"), persons, p -> p, 0, population);
        probes = minutiae(cache.resolve("probes-" + persons + "-" + probeCount + ".bin"), probeCount, i -> probePersons[i], 1,
                population);
        counted = brute(cache.resolve("brute-" + persons + "-" + probeCount + ".bin"));
    }

    interface PersonOf {
        long person(int i);
    }

    /** Minutiae of ten fingers of {@code count} persons, impression {@code impression}, cached on disk. */
    static Minutiae[] minutiae(Path file, int count, PersonOf personOf, int impression, SyntheticPopulation population)
            throws IOException {
        if (Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
                Minutiae[] all = new Minutiae[count * 10];
                for (int i = 0; i < all.length; i++) {
                    int n = in.readShort();
                    float[] x = new float[n];
                    float[] y = new float[n];
                    float[] t = new float[n];
                    for (int k = 0; k < n; k++) {
                        x[k] = in.readFloat();
                        y[k] = in.readFloat();
                        t[k] = in.readFloat();
                    }
                    all[i] = new Minutiae(x, y, t);
                }
                return all;
            }
        }
        long start = System.nanoTime();
        Minutiae[] all = IntStream.range(0, count * 10).parallel().mapToObj(i -> IsoMinutiaeReader.read(
                population.isoRecord(personOf.person(i / 10), FingerPosition.ofIsoCode(i % 10 + 1), impression)))
                .toArray(Minutiae[]::new);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
            for (Minutiae m : all) {
                out.writeShort(m.size());
                for (int k = 0; k < m.size(); k++) {
                    out.writeFloat(m.x()[k]);
                    out.writeFloat(m.y()[k]);
                    out.writeFloat(m.direction()[k]);
                }
            }
        }
        System.out.printf("generated %s in %.1f s%n", file.getFileName(), (System.nanoTime() - start) / 1e9);
        return all;
    }

    /** Whether brute force returns the mate of each probe (its fused score reaches adjudicate). */
    private boolean[] brute(Path file) throws IOException {
        if (Files.exists(file)) {
            byte[] b = Files.readAllBytes(file);
            boolean[] r = new boolean[b.length];
            for (int i = 0; i < b.length; i++) {
                r[i] = b[i] != 0;
            }
            return r;
        }
        MatchPolicy policy = MatchPolicy.DEFAULT;
        boolean[] r = new boolean[probePersons.length];
        IntStream.range(0, probePersons.length).parallel().forEach(i -> {
            TenPrint probe = population.tenPrint(probePersons[i], 1);
            TenPrint mate = population.tenPrint(probePersons[i], 0);
            Map<FingerPosition, Double> scores = new EnumMap<>(FingerPosition.class);
            probe.fingers().forEach((position, template) -> scores.put(position,
                    new FingerprintMatcher(template.sourceAfis()).match(mate.fingers().get(position).sourceAfis())));
            r[i] = policy.fusion().fuse(scores) >= policy.thresholds().adjudicate();
        });
        byte[] b = new byte[r.length];
        for (int i = 0; i < r.length; i++) {
            b[i] = (byte) (r[i] ? 1 : 0);
        }
        Files.write(file, b);
        return r;
    }

    /** One code layout: how pairs are quantised and hashed, and how far the probe side spreads. */
    record Layout(String name, int words, float minD, float maxD, float dStep, int bearingBins, float dMargin, float aMargin) {
        int bits() {
            return words * 64;
        }

        Layout withName(String n) {
            return new Layout(n, words, minD, maxD, dStep, bearingBins, dMargin, aMargin);
        }
    }

    /** Encodes one finger; {@code soft} sets neighbouring bins for values within the margins of a boundary. */
    static void encode(Layout l, Minutiae minutiae, long[] code, int at, boolean soft) {
        int bits = l.bits();
        int[] ds = new int[2];
        int[] as = new int[2];
        int[] bs = new int[2];
        FingerCode.forEachPair(minutiae, l.minD, l.maxD, (distance, bearingFromFirst, bearingFromSecond) -> {
            int nd = spread((distance - l.minD) / l.dStep, soft ? l.dMargin : 0, ds, Integer.MAX_VALUE);
            int na = spread(turns(bearingFromFirst) * l.bearingBins, soft ? l.aMargin : 0, as, l.bearingBins);
            int nb = spread(turns(bearingFromSecond) * l.bearingBins, soft ? l.aMargin : 0, bs, l.bearingBins);
            for (int i = 0; i < nd; i++) {
                for (int p = 0; p < na; p++) {
                    for (int q = 0; q < nb; q++) {
                        int bit = FingerCode.bit(ds[i], Math.min(as[p], bs[q]), Math.max(as[p], bs[q]), bits);
                        code[at + (bit >>> 6)] |= 1L << bit;
                    }
                }
            }
        });
    }

    private static double turns(double angle) {
        double turns = angle / (2 * Math.PI);
        return turns - Math.floor(turns);
    }

    /** The bin of v and, within margin of a boundary, its neighbour; wraps when bins > 0 is finite. */
    private static int spread(double v, float margin, int[] out, int bins) {
        int b = (int) Math.floor(v);
        double frac = v - b;
        int n = 0;
        out[n++] = wrap(b, bins);
        if (frac < margin && (bins != Integer.MAX_VALUE || b > 0)) {
            out[n++] = wrap(b - 1, bins);
        } else if (frac > 1 - margin) {
            out[n++] = wrap(b + 1, bins);
        }
        return n;
    }

    private static int wrap(int b, int bins) {
        if (bins == Integer.MAX_VALUE) {
            return b;
        }
        return ((b % bins) + bins) % bins;
    }

    /** Codes of a set of fingers (10 per person) in one array, {@code words} longs each. */
    static long[] encodeAll(Layout l, Minutiae[] fingers, boolean soft) {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "fs-codes", (l.withName("") + "-" + soft + "-" + fingers.length + "-"
                + fingers[fingers.length - 1].size()).replaceAll("[^A-Za-z0-9.,=-]", "_") + ".bin");
        try {
            if (Files.exists(file)) {
                java.nio.LongBuffer in = java.nio.ByteBuffer.wrap(Files.readAllBytes(file)).asLongBuffer();
                long[] codes = new long[in.remaining()];
                in.get(codes);
                return codes;
            }
            long[] codes = new long[fingers.length * l.words];
            IntStream.range(0, fingers.length).parallel().forEach(i -> encode(l, fingers[i], codes, i * l.words, soft));
            if (fingers.length > 50_000) {
                Files.createDirectories(file.getParent());
                java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(codes.length * 8);
                out.asLongBuffer().put(codes);
                Files.write(file, out.array());
            }
            return codes;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Background bit frequencies per finger position. */
    static float[][] frequencies(Layout l, long[] codes, int fingers) {
        int bits = l.bits();
        float[][] f = new float[10][bits];
        for (int i = 0; i < fingers; i++) {
            for (int b = 0; b < bits; b++) {
                if ((codes[i * l.words + (b >>> 6)] & (1L << b)) != 0) {
                    f[i % 10][b]++;
                }
            }
        }
        for (float[] row : f) {
            for (int b = 0; b < bits; b++) {
                row[b] = Math.max(row[b] / (fingers / 10), 1e-3f);
            }
        }
        return f;
    }

    /** Per-finger summaries of a code against the background: weight w, summed frequency S. */
    static float[][] summaries(Layout l, long[] codes, float[][] freq) {
        int n = codes.length / l.words;
        float[] w = new float[n];
        float[] s = new float[n];
        for (int i = 0; i < n; i++) {
            float[] f = freq[i % 10];
            int weight = 0;
            double sum = 0;
            for (int k = 0; k < l.words; k++) {
                long word = codes[i * l.words + k];
                weight += Long.bitCount(word);
                while (word != 0) {
                    sum += f[k * 64 + Long.numberOfTrailingZeros(word)];
                    word &= word - 1;
                }
            }
            w[i] = weight;
            s[i] = (float) sum;
        }
        return new float[][] {w, s};
    }

    /** Fusions of the ten per-finger similarities, evaluated in the same scan. */
    interface Fusion {
        float fuse(float[] z, int k);
    }

    private void run(Layout l, boolean softProbe, String modelName, List<String> fusionNames, List<Fusion> fusions,
            Minutiae[] background) {
        long start = System.nanoTime();
        long[] bg = encodeAll(l, background, false);
        float[][] freq = frequencies(l, bg, background.length);
        double[] mean = new double[10];
        for (int f = 0; f < 10; f++) {
            for (float p : freq[f]) {
                mean[f] += p;
            }
            mean[f] /= l.bits();
        }
        long[] g = encodeAll(l, gallery, false);
        long[] p = encodeAll(l, probes, softProbe);
        float[][] gs = summaries(l, g, freq);
        float[][] ps = summaries(l, p, freq);
        float[] ge = new float[gs[0].length];
        float[] pe = new float[ps[0].length];
        for (int i = 0; i < ge.length; i++) {
            ge[i] = effective(gs[0][i], gs[1][i], mean[i % 10], modelName);
        }
        for (int i = 0; i < pe.length; i++) {
            pe[i] = effective(ps[0][i], ps[1][i], mean[i % 10], modelName);
        }
        double gw = 0;
        double pw = 0;
        for (float x : gs[0]) {
            gw += x;
        }
        for (float x : ps[0]) {
            pw += x;
        }
        System.out.printf("%s soft=%s model=%s: mean weight gallery %.1f probe %.1f (bits %d), encoded in %.1f s%n", l.name, softProbe,
                modelName, gw / gs[0].length, pw / ps[0].length, l.bits(), (System.nanoTime() - start) / 1e9);
        int bits = l.bits();
        int words = l.words;
        int[][] ranks = ranks(fusions, (pi, person, z) -> personZ(p, pe, pi, g, ge, person, words, bits, z));
        int nf = fusions.size();
        for (int k = 0; k < nf; k++) {
            report(l.name + (softProbe ? "+soft" : "") + "/" + modelName + "/" + fusionNames.get(k), ranks[k]);
        }
    }

    /**
     * Rarity-weighted scoring: the probe's bits split into {@code tiers} groups by background frequency
     * (per finger position), common bits counted per tier and weighted by -ln(mean frequency of the
     * tier); chance expectation from the probe's own bits (sum of their frequencies) times the gallery
     * code's weight over the mean weight, times its typicality to the power gamma.
     */
    private void runTiers(Layout l, int tiers, double gamma, double weightPower, double probeGamma, Minutiae[] background) {
        long start = System.nanoTime();
        long[] bg = encodeAll(l, background, false);
        float[][] freq = frequencies(l, bg, background.length);
        int bits = l.bits();
        int words = l.words;
        double[] mean = new double[10];
        float[][] threshold = new float[10][tiers - 1];
        for (int f = 0; f < 10; f++) {
            for (float q : freq[f]) {
                mean[f] += q;
            }
            mean[f] /= bits;
            // tier boundaries: quantiles of the frequency mass (each tier holds about the same share of set bits)
            float[] sorted = freq[f].clone();
            Arrays.sort(sorted);
            double total = 0;
            for (float q : sorted) {
                total += q;
            }
            double acc = 0;
            int t = 0;
            for (float q : sorted) {
                acc += q;
                while (t < tiers - 1 && acc >= total * (t + 1) / tiers) {
                    threshold[f][t++] = q;
                }
            }
        }
        long[] g = encodeAll(l, gallery, false);
        long[] p = encodeAll(l, probes, false);
        float[][] gs = summaries(l, g, freq);
        float[] lambda = new float[gs[0].length];
        for (int i = 0; i < lambda.length; i++) {
            double w = gs[0][i];
            if (w > 0) {
                double tau = gs[1][i] / (w * mean[i % 10]);
                lambda[i] = (float) (w / (bits * mean[i % 10]) * Math.pow(tau, gamma));
            }
        }
        // probe masks per tier and their moments
        int np = probes.length;
        long[] masks = new long[np * tiers * words];
        float[] tierWeight = new float[np * tiers];
        float[] m1 = new float[np];
        float[] m2 = new float[np];
        for (int i = 0; i < np; i++) {
            int f = i % 10;
            double[] e = new double[tiers];
            int[] count = new int[tiers];
            for (int b = 0; b < bits; b++) {
                if ((p[i * words + (b >>> 6)] & (1L << b)) == 0) {
                    continue;
                }
                float q = freq[f][b];
                int t = 0;
                while (t < tiers - 1 && q > threshold[f][t]) {
                    t++;
                }
                masks[(i * tiers + t) * words + (b >>> 6)] |= 1L << b;
                e[t] += q;
                count[t]++;
            }
            // the probe's typicality enters with exponent 1/2 only (measured: the full power over-corrects)
            double weight = 0;
            double summed = 0;
            for (int t = 0; t < tiers; t++) {
                weight += count[t];
                summed += e[t];
            }
            double kappa = weight == 0 ? 0 : Math.pow(summed / (weight * mean[f]), probeGamma - 1);
            for (int t = 0; t < tiers; t++) {
                e[t] *= kappa;
            }
            for (int t = 0; t < tiers; t++) {
                double w = count[t] == 0 ? 0 : weightPower < 0 ? (t == tiers - 1 ? 0 : 1)
                        : Math.pow(-Math.log(e[t] / kappa / count[t]), weightPower);
                tierWeight[i * tiers + t] = (float) w;
                m1[i] += (float) (w * e[t]);
                m2[i] += (float) (w * w * e[t]);
            }
        }
        System.out.printf("%s tiers=%d gamma=%.2f power=%.2f, encoded in %.1f s%n", l.name, tiers, gamma, weightPower,
                (System.nanoTime() - start) / 1e9);
        int[][] ranks = ranks(FUSIONS, (pi, person, z) -> tierScore(masks, tierWeight, m1, m2, pi, g, lambda, person, words, tiers, z));
        int nf = FUSIONS.size();
        for (int k = 0; k < nf; k++) {
            report(String.format("%s/tiers%d/g%.2f/p%.2f/pg%.2f/%s", l.name, tiers, gamma, weightPower, probeGamma, FUSION_NAMES.get(k)),
                    ranks[k]);
        }
    }

    private static void tierScore(long[] masks, float[] tierWeight, float[] m1, float[] m2, int pi, long[] g, float[] lambda,
            int person, int words, int tiers, float[] z) {
        for (int f = 0; f < 10; f++) {
            int probe = pi * 10 + f;
            int ga = (person * 10 + f) * words;
            float s = 0;
            for (int t = 0; t < tiers; t++) {
                int ma = (probe * tiers + t) * words;
                int c = 0;
                for (int w = 0; w < words; w++) {
                    c += Long.bitCount(masks[ma + w] & g[ga + w]);
                }
                s += tierWeight[probe * tiers + t] * c;
            }
            float lam = lambda[person * 10 + f];
            z[f] = (s - lam * m1[probe]) / (float) Math.sqrt(lam * m2[probe] + 1);
        }
    }

    /** Per-finger similarities of probe {@code pi} against gallery person {@code person}, into {@code z}. */
    interface FingerScores {
        void score(int pi, int person, float[] z);
    }

    /** For every fusion and counted probe: how many gallery persons score at least as high as the mate. */
    private int[][] ranks(List<Fusion> fusions, FingerScores scores) {
        int nf = fusions.size();
        int[][] ranks = new int[nf][probePersons.length];
        long scanStart = System.nanoTime();
        IntStream.range(0, probePersons.length).parallel().filter(pi -> counted[pi]).forEach(pi -> {
            int mate = (int) probePersons[pi];
            float[] z = new float[10];
            float[] mateScore = new float[nf];
            scores.score(pi, mate, z);
            for (int k = 0; k < nf; k++) {
                mateScore[k] = fusions.get(k).fuse(z, 10);
            }
            for (int person = 0; person < persons; person++) {
                if (person == mate) {
                    continue;
                }
                scores.score(pi, person, z);
                for (int k = 0; k < nf; k++) {
                    if (fusions.get(k).fuse(z, 10) >= mateScore[k]) {
                        ranks[k][pi]++;
                    }
                }
            }
        });
        System.out.printf("  scan %.1f s%n", (System.nanoTime() - scanStart) / 1e9);
        return ranks;
    }

    static float effective(float w, float s, double mean, String model) {
        if (w == 0) {
            return 0;
        }
        return (float) Math.sqrt(w * s / mean);
    }

    private static void personZ(long[] p, float[] pe, int pi, long[] g, float[] ge, int person, int words, int bits, float[] z) {
        for (int f = 0; f < 10; f++) {
            int pa = (pi * 10 + f) * words;
            int ga = (person * 10 + f) * words;
            int c = 0;
            for (int w = 0; w < words; w++) {
                c += Long.bitCount(p[pa + w] & g[ga + w]);
            }
            float expected = pe[pi * 10 + f] * ge[person * 10 + f] / bits;
            z[f] = (c - expected) / (float) Math.sqrt(expected + 1);
        }
    }

    private void report(String name, int[] ranks) {
        report(name, ranks, counted);
    }

    private static void report(String name, int[] ranks, boolean[] counted) {
        List<Integer> r = new ArrayList<>();
        int excluded = 0;
        for (int i = 0; i < ranks.length; i++) {
            if (counted[i]) {
                r.add(ranks[i]);
            } else {
                excluded++;
            }
        }
        int[] sorted = r.stream().mapToInt(Integer::intValue).sorted().toArray();
        StringBuilder line = new StringBuilder(String.format("  %-40s n=%d excl=%d", name, sorted.length, excluded));
        for (int at : new int[] {1, 10, 30, 100, 200, 300, 1000, 3000, 10000}) {
            long within = Arrays.stream(sorted).filter(x -> x < at).count();
            line.append(String.format(" r@%d=%.4f", at, (double) within / sorted.length));
        }
        line.append(String.format(" p95=%d p99=%d max=%d", sorted[(int) Math.ceil(0.95 * sorted.length) - 1],
                sorted[(int) Math.ceil(0.99 * sorted.length) - 1], sorted[sorted.length - 1]));
        System.out.println(line);
    }

    static final List<String> FUSION_NAMES = List.of("sum", "cap6", "cap10", "cap15", "dropWorst", "dropBest", "dropBoth", "floor-2");
    static final List<Fusion> FUSIONS = List.of(capped(Float.MAX_VALUE), capped(6), capped(10), capped(15), trimmed(0, 1),
            trimmed(1, 0), trimmed(1, 1), (z, k) -> {
                float s = 0;
                for (int f = 0; f < k; f++) {
                    s += Math.max(z[f], -2);
                }
                return s;
            });

    static Fusion capped(float cap) {
        return (z, k) -> {
            float s = 0;
            for (int f = 0; f < k; f++) {
                s += Math.min(z[f], cap);
            }
            return s;
        };
    }

    /** Sum without the {@code best} highest and {@code worst} lowest fingers. */
    static Fusion trimmed(int best, int worst) {
        return (z, k) -> {
            float s = 0;
            float min = Float.MAX_VALUE;
            float max = -Float.MAX_VALUE;
            for (int f = 0; f < k; f++) {
                s += z[f];
                min = Math.min(min, z[f]);
                max = Math.max(max, z[f]);
            }
            return s - best * max - worst * min;
        };
    }

    /**
     * The production path: a {@link FastGallery} of N persons in {@code directory} (built with bulk
     * {@code insertIso} unless already there), {@link FirstStageRanks#rankOf} of the mate for M mated
     * probes (excluded when {@link FastGallery#verify} puts the mate below the adjudicate threshold, as
     * brute force would then not return it), then {@link #scanCost}.
     */
    static void gallery(int persons, int probeCount, Path directory) {
        SyntheticPopulation population = new SyntheticPopulation(SEED);
        MatchPolicy policy = MatchPolicy.DEFAULT;
        try (FastGallery gallery = FastGallery.open(directory, policy, new FastGallery.Options(200, 2))) {
            long start = System.nanoTime();
            for (int from = gallery.count(); from < persons; from += 4096) {
                int to = Math.min(persons, from + 4096);
                List<Map<FingerPosition, byte[]>> records = IntStream.range(from, to).parallel()
                        .mapToObj(p -> population.enrolmentRecords(p)).toList();
                for (int i = 0; i < records.size(); i++) {
                    gallery.insertIso(FastSearchBenchmark.referenceId(from + i), records.get(i));
                }
            }
            System.out.printf("gallery of %d persons ready in %.1f s%n", gallery.count(), (System.nanoTime() - start) / 1e9);
            int[] ranks = new int[probeCount];
            boolean[] counted = new boolean[probeCount];
            TenPrint[] probes = new TenPrint[probeCount];
            IntStream.range(0, probeCount).parallel().forEach(i -> probes[i] = population.tenPrint((long) i * persons / probeCount, 1));
            for (int i = 0; i < probeCount; i++) {
                var mate = FastSearchBenchmark.referenceId((long) i * persons / probeCount);
                counted[i] = gallery.verify(mate, probes[i]).fusedScore() >= policy.thresholds().adjudicate();
                ranks[i] = new FirstStageRanks(gallery).rankOf(probes[i], mate);
            }
            report("gallery " + persons, ranks, counted);
        }
        scanCost(directory, 30);
    }

    /** Process CPU per first-stage scan of an existing gallery: 40 warm-up scans, then {@code scans} timed. */
    static void scanCost(Path directory, int scans) {
        SyntheticPopulation population = new SyntheticPopulation(SEED);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        try (FastGallery gallery = FastGallery.open(directory, MatchPolicy.DEFAULT, new FastGallery.Options(200, 2))) {
            ProbeCodes[] probes = IntStream.range(0, 40).parallel()
                    .mapToObj(i -> new ProbeCodes(population.tenPrint(i * 2500L, 1))).toArray(ProbeCodes[]::new);
            int listed = FastGallery.Options.DEFAULT.screened();
            for (ProbeCodes probe : probes) {
                gallery.shortlist(probe, listed);
            }
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < scans; i++) {
                gallery.shortlist(probes[i % probes.length], listed);
            }
            System.out.printf("%.1f ms CPU, %.1f ms wall per scan of %d persons (%d scans)%n", (os.getProcessCpuTime() - cpu) / 1e6 / scans,
                    (System.nanoTime() - wall) / 1e6 / scans, gallery.count(), scans);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("scan")) {
            scanCost(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        if (args[0].equals("gallery")) {
            gallery(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            return;
        }
        int persons = Integer.parseInt(args[0]);
        int probes = Integer.parseInt(args[1]);
        Path cache = Path.of(args[2]);
        FirstStageHarness h = new FirstStageHarness(persons, probes, cache);
        int excluded = 0;
        for (boolean c : h.counted) {
            excluded += c ? 0 : 1;
        }
        System.out.println("probes " + probes + ", excluded (brute force misses the mate) " + excluded);
        Minutiae[] background = minutiae(cache.resolve("background-5000.bin"), 5000, p -> p, 0,
                new SyntheticPopulation(BackgroundModelBuilder.SEED));
        List<String> names = FUSION_NAMES;
        List<Fusion> fusions = FUSIONS;
        String[] variants = args.length > 3 ? args[3].split(";") : new String[] {"base,16,20,100,10,12,0,0,0"};
        for (String v : variants) {
            String[] a = v.split(",");
            Layout l = new Layout(a[0], Integer.parseInt(a[1]), Float.parseFloat(a[2]), Float.parseFloat(a[3]), Float.parseFloat(a[4]),
                    Integer.parseInt(a[5]), Float.parseFloat(a[6]), Float.parseFloat(a[7]));
            if (a.length > 9) {
                h.runTiers(l, Integer.parseInt(a[9]), Double.parseDouble(a[10]), Double.parseDouble(a[11]), Double.parseDouble(a[12]), background);
            } else {
                h.run(l, Integer.parseInt(a[8]) != 0, "sqrt", names, fusions, background);
            }
        }
    }
}
