package id.ektp.identification.dashboard;

import id.ektp.identification.CentralStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures as Micrometer gauges, scraped in Prometheus format at {@code /actuator/prometheus}:
 * {@code ektp_central_records{status}}, {@code ektp_central_records_region{status,region}},
 * {@code ektp_central_backlog}, {@code ektp_central_backlog_oldest_age_seconds}, {@code ektp_duplicates_found},
 * {@code ektp_clarifications_open}, {@code ektp_adjudications_waiting},
 * {@code ektp_adjudications_oldest_age_seconds}, and the last hour's {@code ektp_central_received_last_hour}
 * and {@code ektp_central_finished_last_hour}.
 *
 * <p>The figures are gathered every {@link #REFRESH_SECONDS} s by one background thread, not on the scrape:
 * a scrape then costs no query, scrapes from several Prometheus servers cost the database nothing more, and
 * the per-region gauge's rows change between scrapes, never during one.
 */
@Component
class CentralMetrics implements DisposableBean {

    static final long REFRESH_SECONDS = 15;
    private static final Logger log = LoggerFactory.getLogger(CentralMetrics.class);

    private final DataCentreDashboard dashboard;
    private final AtomicReference<DashboardFigures> latest = new AtomicReference<>();
    private final MultiGauge perRegion;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "central-metrics");
        t.setDaemon(true);
        return t;
    });

    CentralMetrics(DataCentreDashboard dashboard, MeterRegistry registry) {
        this.dashboard = dashboard;
        for (CentralStatus status : CentralStatus.values()) {
            Gauge.builder("ektp.central.records", latest, f -> value(f.get() == null ? 0 : f.get().perStage().get(status)))
                    .tag("status", status.name()).description("Records at central in this status").register(registry);
        }
        perRegion = MultiGauge.builder("ektp.central.records.region").description("Records at central per status and kabupaten/kota")
                .register(registry);
        gauge(registry, "ektp.central.backlog", "Records waiting for or in the 1:N check", f -> f.backlog());
        gauge(registry, "ektp.central.backlog.oldest.age.seconds", "Age of the oldest record in the backlog", f -> f.oldestBacklogAge().toSeconds());
        gauge(registry, "ektp.duplicates.found", "Duplicates found (clarification tasks opened)", f -> f.duplicatesFound());
        gauge(registry, "ektp.clarifications.open", "Duplicates not yet clarified with the resident", f -> f.clarificationsOpen());
        gauge(registry, "ektp.adjudications.waiting", "Grey-zone cases waiting for adjudicators", f -> f.adjudicationsWaiting());
        gauge(registry, "ektp.adjudications.oldest.age.seconds", "Age of the oldest waiting adjudication case",
                f -> f.oldestAdjudicationAge().toSeconds());
        gauge(registry, "ektp.central.received.last.hour", "Records received in the current hour",
                f -> f.perHour().isEmpty() ? 0 : f.perHour().get(f.perHour().size() - 1).received());
        gauge(registry, "ektp.central.finished.last.hour", "Records that reached a final status in the current hour",
                f -> f.perHour().isEmpty() ? 0 : f.perHour().get(f.perHour().size() - 1).finished());
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        refresher.scheduleWithFixedDelay(this::refresh, 0, REFRESH_SECONDS, TimeUnit.SECONDS);
    }

    /** Gathers the figures now (also what a test calls instead of waiting for the next round). */
    void refresh() {
        try {
            DashboardFigures f = dashboard.figures();
            latest.set(f);
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            f.perRegion().forEach((region, counts) -> counts.forEach((status, n) ->
                    rows.add(MultiGauge.Row.of(Tags.of("status", status.name(), "region", region), n))));
            perRegion.register(rows, true);
        } catch (RuntimeException e) {
            // The next round tries again; the gauges keep their last figures meanwhile.
            log.warn("Central metrics not refreshed: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }

    private void gauge(MeterRegistry registry, String name, String description, java.util.function.ToLongFunction<DashboardFigures> figure) {
        Gauge.builder(name, latest, f -> f.get() == null ? 0 : figure.applyAsLong(f.get())).description(description).register(registry);
    }

    private static double value(Long n) {
        return n == null ? 0 : n;
    }
}
