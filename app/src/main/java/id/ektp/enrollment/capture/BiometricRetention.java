package id.ektp.enrollment.capture;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.accounts.SystemActor;
import id.ektp.enrollment.upload.PacketUploaded;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once central confirmed a packet ({@link PacketUploaded}), the service point's copy of its biometrics
 * goes after the retention ({@code ektp.capture.biometric-retention}, 7 days by default, 0 at once): what
 * was captured and how stays on the record, the images and templates do not. The event reaches this
 * listener through Spring Modulith's publication registry, so a confirmation is not lost to a crash; the
 * purge itself is a sweep of due records every minute (and at start), as the system, each audited.
 */
@Component
class BiometricRetention {

    private static final Logger log = LoggerFactory.getLogger(BiometricRetention.class);

    private final CaptureStore store;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Duration retention;
    private final Clock clock;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "biometric-retention");
        t.setDaemon(true);
        return t;
    });

    BiometricRetention(CaptureStore store, AuditTrail audit, TransactionTemplate transactions,
            @Value("${ektp.capture.biometric-retention:7d}") Duration retention, Optional<Clock> clock) {
        if (retention.isNegative()) {
            throw new IllegalArgumentException("ektp.capture.biometric-retention must not be negative, was " + retention);
        }
        this.store = store;
        this.audit = audit;
        this.transactions = transactions;
        this.retention = retention;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @ApplicationModuleListener
    void on(PacketUploaded uploaded) {
        SystemActor.run("biometric-retention", () -> {
            store.schedulePurge(uploaded.packetId(), uploaded.confirmedAt().plus(retention));
            if (retention.isZero()) {
                purgeDue(clock.instant().isAfter(uploaded.confirmedAt()) ? clock.instant() : uploaded.confirmedAt());
            }
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void startSweeping() {
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                purgeDue(clock.instant());
            } catch (RuntimeException e) {
                log.warn("biometric retention sweep failed, retried in a minute: {}", e.toString());
            }
        }, 0, 1, TimeUnit.MINUTES);
    }

    /** Purges every record due by {@code now}; returns how many. */
    int purgeDue(Instant now) {
        return SystemActor.call("biometric-retention", () -> {
            int purged = 0;
            while (true) {
                Integer done = transactions.execute(s -> {
                    List<UUID> due = store.lockDue(now, 50);
                    for (UUID id : due) {
                        int items = store.purge(id, now);
                        String nik = store.find(id).map(CaptureRecord::nik).orElse(id.toString());
                        audit.record(AuditAction.BIOMETRICS_PURGED, nik, "{\"capture\":\"" + id + "\",\"items\":" + items + "}");
                    }
                    return due.size();
                });
                if (done == null || done == 0) {
                    return purged;
                }
                purged += done;
            }
        });
    }

    @PreDestroy
    void stop() {
        sweeper.shutdownNow();
    }
}
