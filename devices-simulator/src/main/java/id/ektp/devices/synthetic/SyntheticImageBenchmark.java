package id.ektp.devices.synthetic;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Synthetic images per second on all cores (JMH): one operation grows a fresh master and renders
 * {@value #IMPRESSIONS} impressions of it, as a demo population uses the generator. {@code gridScale}
 * 0.5 is the generator (ridge growth at 250 dpi), 1.0 the baseline (growth at full 500 dpi).
 * Images per second are {@value #IMPRESSIONS} times the operations per second. The machine is shared,
 * so each thread also counts the CPU time it spent ({@code cpuMs}, as a rate per second of the run):
 * CPU ms per image = {@code cpuMs} / images per second, which shows what idle cores would do.
 *
 * <pre>java -cp "$CP" org.openjdk.jmh.Main SyntheticImageBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(Threads.MAX)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class SyntheticImageBenchmark {
    static final int IMPRESSIONS = 8;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Param({"0.5", "1.0"})
    public double gridScale;

    private SyntheticFingerprintGenerator generator;
    private long masters;
    private String thread;

    /** CPU time of this thread, reported beside the throughput. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class CpuTime {
        public double cpuMs;
    }

    @Setup(Level.Trial)
    public void setUp() {
        generator = new SyntheticFingerprintGenerator(gridScale);
        thread = Thread.currentThread().getName();
    }

    @Benchmark
    public long masterAndImpressions(CpuTime cpu) {
        long start = THREADS.getCurrentThreadCpuTime();
        MasterFinger master = generator.master("bench-" + thread + "-" + masters++);
        long pixels = 0;
        for (int i = 1; i <= IMPRESSIONS; i++) {
            pixels += generator.impression(master, i, ScannerFormat.OPTICAL_388X374).pixels().length;
        }
        cpu.cpuMs += (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
        return pixels;
    }
}
