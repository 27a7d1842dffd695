package id.ektp.identification.dashboard;

import id.ektp.identification.CentralStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The data-centre dashboard's figures at one moment: records per stage and region, throughput per hour,
 * the backlog (received or searching) and the age of its oldest record, duplicates found, adjudications
 * waiting. {@code recordsAvailable} is false while no intake answers {@link CentralRecordFigures}.
 */
public record DashboardFigures(Instant at, boolean recordsAvailable, Map<CentralStatus, Long> perStage, Map<String, Map<CentralStatus, Long>> perRegion,
        List<CentralRecordFigures.HourlyCount> perHour, long backlog, Duration oldestBacklogAge, long duplicatesFound, long clarificationsOpen,
        long adjudicationsWaiting, Duration oldestAdjudicationAge) {
}
