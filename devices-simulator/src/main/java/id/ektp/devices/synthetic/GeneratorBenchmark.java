package id.ektp.devices.synthetic;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Benchmark command: synthetic images per second on all cores, ridge growth at half resolution (the generator)
 * against the named baseline, ridge growth at full 500 dpi resolution, side by side in one run.
 *
 * <p>Arguments: {@code [masters=16] [impressions=8] [baselineMasters=4]}. Each master is grown once and rendered
 * {@code impressions} times, as a demo population uses it.
 */
public final class GeneratorBenchmark {
    static final double TARGET_IMAGES_PER_SECOND = 20;

    private GeneratorBenchmark() {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        int masters = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int impressions = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int baselineMasters = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int cores = Runtime.getRuntime().availableProcessors();
        ForkJoinPool pool = new ForkJoinPool(cores);
        System.out.printf("cores: %d, %d impressions per master, format %s, load average at start %.1f%n", cores,
                impressions, ScannerFormat.OPTICAL_388X374,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        pool.submit(() -> benchmark(masters, impressions, baselineMasters, cores)).get();
        pool.shutdown();
    }

    private static void benchmark(int masters, int impressions, int baselineMasters, int cores) {
        SyntheticFingerprintGenerator generator = new SyntheticFingerprintGenerator();
        SyntheticFingerprintGenerator baseline = new SyntheticFingerprintGenerator(1.0);
        // Warm-up: JIT compilation and the Gabor banks, outside the timed runs.
        run(generator, "warmup", 2, 2);
        run(baseline, "warmup", 1, 1);

        Result fast = run(generator, "bench", masters, impressions);
        Result slow = run(baseline, "bench", baselineMasters, impressions);
        System.out.printf("%-40s %7s %7s %9s %10s %13s %13s %16s%n", "variant", "masters", "images", "wall s",
                "images/s", "CPU ms/master", "CPU ms/image", "images/s if idle");
        print("generator (ridge growth at 250 dpi)", fast, cores);
        print("baseline (ridge growth at 500 dpi)", slow, cores);
        System.out.printf("speed-up over baseline: %.1fx wall-clock, %.1fx CPU time per image%n",
                fast.imagesPerSecond() / slow.imagesPerSecond(), slow.cpuMsPerImage() / fast.cpuMsPerImage());
        System.out.printf("target %.0f images/s: %s measured wall-clock (%.1f/s), %s on %d idle cores (%.1f/s)%n",
                TARGET_IMAGES_PER_SECOND, verdict(fast.imagesPerSecond()), fast.imagesPerSecond(),
                verdict(fast.idleImagesPerSecond(cores)), cores, fast.idleImagesPerSecond(cores));
    }

    private static String verdict(double imagesPerSecond) {
        return imagesPerSecond >= TARGET_IMAGES_PER_SECOND ? "met" : "NOT met";
    }

    private static void print(String name, Result r, int cores) {
        System.out.printf("%-40s %7d %7d %9.2f %10.1f %13.1f %13.1f %16.1f%n", name, r.masters, r.images, r.seconds,
                r.imagesPerSecond(), r.cpuMsPerMaster(), r.cpuMsPerImage(), r.idleImagesPerSecond(cores));
    }

    private static Result run(SyntheticFingerprintGenerator generator, String prefix, int masters, int impressions) {
        // CPU time per thread as well as wall-clock: the machine is shared, and CPU time shows what an idle one
        // would do.
        AtomicLong masterCpu = new AtomicLong();
        AtomicLong impressionCpu = new AtomicLong();
        long start = System.nanoTime();
        long pixels = IntStream.range(0, masters).parallel().mapToLong(m -> {
            long t0 = THREADS.getCurrentThreadCpuTime();
            MasterFinger master = generator.master(prefix + "-" + m);
            long t1 = THREADS.getCurrentThreadCpuTime();
            long sum = 0;
            for (int i = 1; i <= impressions; i++) {
                sum += generator.impression(master, i, ScannerFormat.OPTICAL_388X374).pixels().length;
            }
            masterCpu.addAndGet(t1 - t0);
            impressionCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - t1);
            return sum;
        }).sum();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (pixels == 0) {
            throw new IllegalStateException("Nothing generated");
        }
        return new Result(masters, masters * impressions, seconds, masterCpu.get() / 1e6,
                impressionCpu.get() / 1e6);
    }

    private record Result(int masters, int images, double seconds, double masterCpuMs, double impressionCpuMs) {
        double imagesPerSecond() {
            return images / seconds;
        }

        double cpuMsPerMaster() {
            return masterCpuMs / masters;
        }

        double cpuMsPerImage() {
            return (masterCpuMs + impressionCpuMs) / images;
        }

        double idleImagesPerSecond(int cores) {
            return cores * 1000 / cpuMsPerImage();
        }
    }
}
