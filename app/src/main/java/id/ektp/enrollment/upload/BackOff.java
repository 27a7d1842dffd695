package id.ektp.enrollment.upload;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off between delivery attempts: the first retry after {@code initial}, each next one
 * twice as late, at most {@code max}; each delay drawn between half and all of that ("equal jitter"), so
 * that service points coming back after an outage of central do not all call at the same moment.
 */
record BackOff(Duration initial, Duration max) {

    /** The delay after the {@code attempts}-th failed attempt (1 = the first). */
    Duration after(int attempts) {
        long ceiling = max.toMillis();
        long delay = initial.toMillis();
        for (int i = 1; i < attempts && delay < ceiling; i++) {
            delay *= 2;
        }
        delay = Math.min(delay, ceiling);
        return Duration.ofMillis(delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1));
    }
}
