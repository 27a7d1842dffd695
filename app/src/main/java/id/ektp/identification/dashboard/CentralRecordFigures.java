package id.ektp.identification.dashboard;

import id.ektp.identification.CentralStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the dashboard needs to know about every record central holds, answered by whoever keeps the records'
 * statuses (intake, which implements {@link id.ektp.identification.ReceivedPackets}): one aggregate query
 * each, so that the dashboard and the metrics never walk the records one by one.
 */
public interface CentralRecordFigures {

    /** How many records are in each status, per kabupaten/kota of the resident (dotted code, {@code 32.73}). */
    List<StageCount> countsByStatusAndRegion();

    /** Records received and records that reached a final status (print-ready, duplicate, failure), per hour since {@code since}. */
    List<HourlyCount> perHour(Instant since);

    /** When the oldest record still waiting for the uniqueness check (received or searching) arrived. */
    Optional<Instant> oldestInBacklog();

    record StageCount(CentralStatus status, String regionCode, long records) {
    }

    record HourlyCount(Instant hour, long received, long finished) {
    }
}
