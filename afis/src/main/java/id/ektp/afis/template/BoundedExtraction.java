package id.ektp.afis.template;

import com.machinezoo.sourceafis.FingerprintImage;
import com.machinezoo.sourceafis.FingerprintTemplate;
import com.machinezoo.sourceafis.FingerprintTransparency;
import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs SourceAFIS's extraction with a time budget. SourceAFIS has no cancel, and noise makes it slow
 * (its gap-removal stage grows much faster than the pixel count: a 1000 x 1000 noise image at 500 DPI
 * takes about 28 s, 16 s of them in that one stage), so two things bound it:
 *
 * <ul>
 *   <li>The worker stops itself: SourceAFIS asks its thread's {@link FingerprintTransparency} whether
 *       it wants each intermediate result (about 40 stages), and ours throws there once the thread has
 *       used its CPU budget, so a runaway ends at the next stage boundary instead of running to the end
 *       ({@code EXTRACTION_TIMEOUT}). Only the stage under way when the budget runs out is finished;
 *       {@code Thread.stop} would end it sooner but throws on Java 20 and later.</li>
 *   <li>The caller waits for at most {@link #WALL_FACTOR} budgets of wall time, for a worker starved on
 *       a busy machine, then gets {@code EXTRACTION_TIMEOUT} too and interrupts the worker, which stops
 *       at its next stage.</li>
 * </ul>
 *
 * The workers are one per core, so however many hostile uploads arrive, runaways hold at most those
 * cores, each for at most one stage past its budget; the time spent waiting for a free worker counts
 * towards the caller's wall-time limit.
 */
final class BoundedExtraction {

    /** Far above a real print's extraction (25-50 ms at 500 DPI here, a few hundred ms for a 2-inch image). */
    static final Duration DEFAULT_BUDGET = Duration.ofSeconds(5);

    /**
     * The caller waits up to this many budgets of wall time: the budget itself is the worker's CPU time,
     * so that a busy machine (or the first extraction's class loading) does not turn a real print into a
     * timeout, while a starved worker still cannot keep the caller waiting for long.
     */
    static final int WALL_FACTOR = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final ThreadPoolExecutor WORKERS = workers();

    private BoundedExtraction() {
    }

    @SuppressWarnings("try") // the deadline acts by being open, around the extraction; it is never read
    static FingerprintTemplate extract(FingerprintImage image, Duration budget) {
        Future<FingerprintTemplate> task = WORKERS.submit(() -> {
            try (Deadline ignored = new Deadline(budget.toNanos())) {
                return new FingerprintTemplate(image);
            }
        });
        try {
            return task.get(budget.toNanos() * WALL_FACTOR, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | CancellationException e) {
            task.cancel(true);
            throw timeout(budget);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfTime) {
                throw timeout(budget);
            }
            throw new AfisException(Reason.CORRUPT_IMAGE, "SourceAFIS could not extract the image: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new AfisException(Reason.EXTRACTION_TIMEOUT, "interrupted while extracting");
        }
    }

    private static AfisException timeout(Duration budget) {
        return new AfisException(Reason.EXTRACTION_TIMEOUT, "extraction did not finish within " + budget.toMillis()
                + " ms; the image is probably noise, not a fingerprint");
    }

    private static ThreadPoolExecutor workers() {
        int cores = Runtime.getRuntime().availableProcessors();
        AtomicInteger number = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(cores, cores, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread thread = new Thread(r, "afis-extraction-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Thrown inside SourceAFIS's stage callback; never leaves this class. */
    private static final class OutOfTime extends RuntimeException {
        OutOfTime() {
            super("extraction budget spent", null, false, false);
        }
    }

    /**
     * Wants no intermediate result (so costs nothing), but ends the extraction once its thread has used
     * its CPU budget, or once the caller gave up and interrupted it.
     */
    private static final class Deadline extends FingerprintTransparency {
        private final long deadline;

        Deadline(long budgetNanos) {
            this.deadline = THREADS.getCurrentThreadCpuTime() + budgetNanos;
        }

        @Override
        public boolean accepts(String key) {
            if (THREADS.getCurrentThreadCpuTime() - deadline > 0 || Thread.currentThread().isInterrupted()) {
                throw new OutOfTime();
            }
            return false;
        }
    }
}
