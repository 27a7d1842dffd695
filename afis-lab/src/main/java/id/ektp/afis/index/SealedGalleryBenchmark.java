package id.ektp.afis.index;

import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.MatchPolicy;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.store.AtRestKey;
import id.ektp.afis.synthetic.SyntheticPopulation;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

/**
 * What sealing the gallery's files at rest costs, on the production path: two fast galleries of the same
 * synthetic persons (the same ISO records, bulk {@code insertIso}), one in the clear and one sealed under an
 * {@link AtRestKey}, measured side by side in one run, the two alternating so that both meet the same machine
 * load. Measured: a reopen from the index snapshot, a reopen from the template file alone (every record read,
 * opened and re-encoded), a 1:N search ({@code identify}, whose second stage reads the list's records back),
 * and a person's record read back ({@code record}: positional read, opening, template decoding). CPU is the
 * process's CPU time over one operation at a time (every thread of the JVM), printed beside wall time and the
 * ratio sealed / clear.
 *
 * <pre>
 * java -Xmx3g -cp afis-lab/target/classes:$(cat afis-lab/target/cp.txt) id.ektp.afis.index.SealedGalleryBenchmark \
 *     [persons=10000] [probes=100] [rounds=3] [reads=2000] [work=/tmp/sealed-gallery-benchmark]
 * </pre>
 */
public final class SealedGalleryBenchmark {

    private static final long SEED = 20_261_121L;
    private static final long NON_MATED_BASE = 50_000_000L;
    private static final MatchPolicy POLICY = MatchPolicy.DEFAULT;
    private static final FastGallery.Options OPTIONS = FastGallery.Options.DEFAULT;
    private static final LongSupplier PROCESS_CPU = processCpu();

    private final PrintStream out = System.out;
    private final SyntheticPopulation population = new SyntheticPopulation(SEED);
    private final AtRestKey key = randomKey();

    public static void main(String[] args) throws Exception {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int probes = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int reads = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
        Path work = Path.of(args.length > 4 ? args[4] : "/tmp/sealed-gallery-benchmark");
        new SealedGalleryBenchmark().run(persons, probes, rounds, reads, work);
    }

    /** CPU and wall time of one kind of operation, on the clear and on the sealed gallery. */
    private static final class Figure {
        final String what;
        final double[] cpuNanos = new double[2];
        final double[] wallNanos = new double[2];
        final int[] count = new int[2];

        Figure(String what) {
            this.what = what;
        }

        void add(int sealed, long cpu, long wall) {
            cpuNanos[sealed] += cpu;
            wallNanos[sealed] += wall;
            count[sealed]++;
        }

        void print(PrintStream out, double unit, String unitName) {
            double clearCpu = cpuNanos[0] / count[0] / unit;
            double sealedCpu = cpuNanos[1] / count[1] / unit;
            double clearWall = wallNanos[0] / count[0] / unit;
            double sealedWall = wallNanos[1] / count[1] / unit;
            out.printf(Locale.ROOT, "| %s (%d each) | %.2f %s / %.2f %s | %.2f %s / %.2f %s | **%.3f** | %.3f |%n", what, count[0],
                    clearCpu, unitName, clearWall, unitName, sealedCpu, unitName, sealedWall, unitName, sealedCpu / clearCpu, sealedWall / clearWall);
        }
    }

    private void run(int persons, int probeCount, int rounds, int reads, Path work) throws Exception {
        Path clear = work.resolve("clear-" + persons);
        Path sealed = work.resolve("sealed-" + persons);
        FastSearchBenchmark.deleteTree(clear);
        FastSearchBenchmark.deleteTree(sealed);
        long started = System.nanoTime();
        build(clear, sealed, persons);
        out.printf(Locale.ROOT, "built %,d persons twice in %.0f s; template file %,d bytes in the clear, %,d sealed (%+.2f %%)%n", persons,
                (System.nanoTime() - started) / 1e9, Files.size(clear.resolve("templates.log")), Files.size(sealed.resolve("templates.log")),
                100.0 * (Files.size(sealed.resolve("templates.log")) - Files.size(clear.resolve("templates.log")))
                        / Files.size(clear.resolve("templates.log")));

        Figure fromSnapshot = new Figure("reopen from the index snapshot");
        Figure fromLog = new Figure("reopen from the template file alone (replay, re-encode)");
        for (int round = 0; round < rounds; round++) {
            for (int turn = 0; turn < 2; turn++) {
                int which = (round + turn) % 2; // alternate which goes first
                Path folder = which == 1 ? sealed : clear;
                timeOpen(folder, which, fromSnapshot);
                Files.delete(folder.resolve("index.snapshot"));
                timeOpen(folder, which, fromLog);
            }
        }

        List<TenPrint> probes = new ArrayList<>();
        for (int i = 0; i < probeCount / 2; i++) {
            probes.add(population.tenPrint((long) i * persons / (probeCount / 2), 1));
            probes.add(population.tenPrint(NON_MATED_BASE + i, 1));
        }
        Figure search = new Figure("1:N search (identify, 10 candidates), half mated");
        Figure read = new Figure("a person's record read back (record)");
        try (FastGallery clearGallery = FastGallery.open(clear, POLICY, OPTIONS); FastGallery sealedGallery = FastGallery.open(sealed, POLICY, OPTIONS, key)) {
            FastGallery[] galleries = {clearGallery, sealedGallery};
            for (int w = 0; w < Math.min(10, probes.size()); w++) { // warm both: JIT, page cache
                clearGallery.identify(probes.get(w), 10);
                sealedGallery.identify(probes.get(w), 10);
            }
            for (int i = 0; i < probes.size(); i++) {
                for (int turn = 0; turn < 2; turn++) {
                    int which = (i + turn) % 2;
                    TenPrint probe = probes.get(i);
                    long cpu = PROCESS_CPU.getAsLong();
                    long wall = System.nanoTime();
                    if (galleries[which].identify(probe, 10).candidates().isEmpty()) {
                        throw new IllegalStateException("a search returned no candidate");
                    }
                    search.add(which, PROCESS_CPU.getAsLong() - cpu, System.nanoTime() - wall);
                }
            }
            Random random = new Random(SEED);
            for (int i = 0; i < reads; i++) {
                UUID id = FastSearchBenchmark.referenceId(random.nextInt(persons));
                for (int turn = 0; turn < 2; turn++) {
                    int which = (i + turn) % 2;
                    long cpu = PROCESS_CPU.getAsLong();
                    long wall = System.nanoTime();
                    galleries[which].record(id);
                    read.add(which, PROCESS_CPU.getAsLong() - cpu, System.nanoTime() - wall);
                }
            }
        }
        out.printf(Locale.ROOT, "%n%,d persons, %d probes, %d reopen rounds, %,d record reads; load average %.1f on %d cores%n%n", persons,
                probes.size(), rounds, reads, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        out.println("| operation | clear: CPU / wall | sealed: CPU / wall | CPU sealed / clear | wall sealed / clear |");
        out.println("|---|---|---|---|---|");
        fromSnapshot.print(out, 1e6, "ms");
        fromLog.print(out, 1e6, "ms");
        search.print(out, 1e6, "ms");
        read.print(out, 1e3, "µs");
    }

    private void build(Path clear, Path sealed, int persons) {
        try (FastGallery clearGallery = FastGallery.open(clear, POLICY, OPTIONS); FastGallery sealedGallery = FastGallery.open(sealed, POLICY, OPTIONS, key)) {
            int chunk = 5_000;
            for (int from = 0; from < persons; from += chunk) {
                List<Map<FingerPosition, byte[]>> records = IntStream.range(from, Math.min(persons, from + chunk)).parallel()
                        .mapToObj(population::enrolmentRecords).toList();
                int base = from;
                IntStream.range(0, records.size()).parallel().forEach(i -> {
                    UUID id = FastSearchBenchmark.referenceId(base + i);
                    clearGallery.insertIso(id, records.get(i));
                    sealedGallery.insertIso(id, records.get(i));
                });
            }
        }
    }

    private void timeOpen(Path folder, int which, Figure figure) {
        long cpu = PROCESS_CPU.getAsLong();
        long wall = System.nanoTime();
        FastGallery gallery = which == 1 ? FastGallery.open(folder, POLICY, OPTIONS, key) : FastGallery.open(folder, POLICY, OPTIONS);
        figure.add(which, PROCESS_CPU.getAsLong() - cpu, System.nanoTime() - wall);
        gallery.close(); // writes the snapshot again: not timed
    }

    private static AtRestKey randomKey() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return AtRestKey.of(secret);
    }

    private static LongSupplier processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os::getProcessCpuTime;
        }
        throw new IllegalStateException("this JVM does not report its process CPU time");
    }
}
