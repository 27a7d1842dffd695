package id.ektp.identification.dashboard;

import id.ektp.identification.CentralStatus;
import id.ektp.identification.adjudication.AdjudicationCases;
import id.ektp.identification.clarification.Clarifications;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Gathers the dashboard's figures: the records' stages from intake ({@link CentralRecordFigures}), the
 * adjudications and duplicates from this module's own tables. The page, its API and the metrics all read
 * one {@link DashboardFigures}, so they never disagree.
 */
@Service
public class DataCentreDashboard {

    /** The hours the throughput chart shows. */
    static final int HOURS = 24;

    private final ObjectProvider<CentralRecordFigures> records;
    private final AdjudicationCases adjudications;
    private final Clarifications clarifications;
    private final Clock clock;

    DataCentreDashboard(ObjectProvider<CentralRecordFigures> records, AdjudicationCases adjudications, Clarifications clarifications,
            Optional<Clock> clock) {
        this.records = records;
        this.adjudications = adjudications;
        this.clarifications = clarifications;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public DashboardFigures figures() {
        Instant now = clock.instant();
        CentralRecordFigures source = records.getIfAvailable();
        Map<CentralStatus, Long> perStage = new EnumMap<>(CentralStatus.class);
        for (CentralStatus s : CentralStatus.values()) {
            perStage.put(s, 0L);
        }
        Map<String, Map<CentralStatus, Long>> perRegion = new TreeMap<>();
        List<CentralRecordFigures.HourlyCount> perHour = List.of();
        Duration oldestBacklog = Duration.ZERO;
        if (source != null) {
            for (CentralRecordFigures.StageCount c : source.countsByStatusAndRegion()) {
                perStage.merge(c.status(), c.records(), Long::sum);
                perRegion.computeIfAbsent(c.regionCode(), r -> new EnumMap<>(CentralStatus.class)).merge(c.status(), c.records(), Long::sum);
            }
            perHour = source.perHour(now.truncatedTo(ChronoUnit.HOURS).minus(HOURS - 1, ChronoUnit.HOURS));
            oldestBacklog = source.oldestInBacklog().map(t -> Duration.between(t, now)).orElse(Duration.ZERO);
        }
        long backlog = perStage.get(CentralStatus.RECEIVED_AT_CENTRAL) + perStage.get(CentralStatus.SEARCH_IN_PROGRESS);
        Duration oldestAdjudication = adjudications.oldestWaiting().map(t -> Duration.between(t, now)).orElse(Duration.ZERO);
        return new DashboardFigures(now, source != null, perStage, perRegion, perHour, backlog, oldestBacklog, clarifications.found(),
                clarifications.waiting(), adjudications.waiting(), oldestAdjudication);
    }
}
