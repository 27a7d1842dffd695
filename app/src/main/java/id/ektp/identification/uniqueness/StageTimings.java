package id.ektp.identification.uniqueness;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.stereotype.Component;

/**
 * Time spent in each worked stage since the start of this process: what the page and the backlog benchmark
 * show as each stage's throughput (records a second of one worker's time).
 */
@Component
class StageTimings {

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final Map<Stage, LongAdder> counts = new EnumMap<>(Stage.class);

    StageTimings() {
        for (Stage s : Stage.WORKED) {
            nanos.put(s, new LongAdder());
            counts.put(s, new LongAdder());
        }
    }

    void add(Stage stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
        counts.get(stage).increment();
    }

    /** A stage's runs and their mean time. */
    record Timing(long runs, double meanMillis, double perSecondOfWork) {
    }

    Map<Stage, Timing> snapshot() {
        Map<Stage, Timing> out = new EnumMap<>(Stage.class);
        for (Stage s : Stage.WORKED) {
            long n = counts.get(s).sum();
            double mean = n == 0 ? 0 : nanos.get(s).sum() / 1e6 / n;
            out.put(s, new Timing(n, mean, mean == 0 ? 0 : 1000 / mean));
        }
        return out;
    }
}
