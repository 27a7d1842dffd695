package id.ektp.identification.uniqueness;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.accounts.SystemActor;
import id.ektp.identification.CentralStatus;
import id.ektp.identification.ReceivedPackets;
import id.ektp.identification.adjudication.Adjudication;
import id.ektp.platform.domain.ConflictException;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The workers of the uniqueness check. At start-up the claims of the last process are released and the gallery
 * reconciled with the records; then each worker claims the record due longest, works its stage, and comes back
 * for the next. A stage that fails is retried with back-off (doubling from {@code first-retry}); after
 * {@code max-attempts} the record is parked as SEARCH_FAILURE_AT_CENTRAL for a data-centre officer to
 * reprocess. Workers sleep on a signal (a new record, a reprocess) or until the next retry may be due.
 */
@Service
class UniquenessPipeline {

    private static final Logger log = LoggerFactory.getLogger(UniquenessPipeline.class);
    private static final Duration IDLE_POLL = Duration.ofSeconds(1);

    private final UniquenessRecords records;
    private final Stages stages;
    private final GalleryReconciliation reconciliation;
    private final PipelineSettings settings;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final ObjectProvider<ReceivedPackets> packets;
    private final ObjectProvider<Adjudication> adjudication;
    private final Semaphore wake = new Semaphore(0);
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    UniquenessPipeline(UniquenessRecords records, Stages stages, GalleryReconciliation reconciliation, PipelineSettings settings,
            AuditTrail audit, TransactionTemplate transactions, ObjectProvider<ReceivedPackets> packets,
            ObjectProvider<Adjudication> adjudication) {
        this.records = records;
        this.stages = stages;
        this.reconciliation = reconciliation;
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
        this.packets = packets;
        this.adjudication = adjudication;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (packets.getIfAvailable() == null || adjudication.getIfAvailable() == null) {
            log.warn("Uniqueness check idle: no packet intake (ReceivedPackets) or no adjudication (Adjudication) in this build");
            return;
        }
        running = true;
        Thread starter = new Thread(() -> SystemActor.run("uniqueness", this::resumeAndWork), "uniqueness-start");
        starter.setDaemon(true);
        starter.start();
    }

    private void resumeAndWork() {
        try {
            int released = records.releaseClaims();
            if (released > 0) {
                log.info("Uniqueness check: {} record(s) the last process was working resume", released);
            }
            reconciliation.reconcile();
        } catch (RuntimeException e) {
            log.error("Uniqueness check not started: the gallery could not be reconciled with the records", e);
            return;
        }
        synchronized (workers) {
            for (int i = 0; i < settings.workers() && running; i++) {
                Thread worker = new Thread(() -> SystemActor.run("uniqueness", this::work), "uniqueness-" + (i + 1));
                worker.setDaemon(true);
                workers.add(worker);
                worker.start();
            }
        }
        log.info("Uniqueness check running with {} worker(s), gallery {}", settings.workers(), settings.galleryDir());
    }

    /** Something is due now: a worker wakes. */
    void signal() {
        wake.release();
    }

    boolean running() {
        return running && !workers.isEmpty();
    }

    private void work() {
        while (running && !Thread.currentThread().isInterrupted()) {
            Optional<UUID> claimed;
            try {
                claimed = records.claimDue(settings.lease());
            } catch (RuntimeException e) {
                log.warn("Uniqueness check: cannot claim a record ({}); trying again", e.toString());
                claimed = Optional.empty();
            }
            if (claimed.isPresent()) {
                workOn(claimed.get());
                continue;
            }
            try {
                wake.tryAcquire(IDLE_POLL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void workOn(UUID packetId) {
        Stage stage = records.get(packetId).stage();
        if (!stage.worked()) {
            return;
        }
        try {
            stages.run(packetId, stage);
        } catch (RuntimeException e) {
            if (!running) {
                return; // shutting down: the claim is released at the next start
            }
            failed(packetId, stage, e);
        }
    }

    private void failed(UUID packetId, Stage stage, RuntimeException e) {
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        try {
            transactions.executeWithoutResult(tx -> {
                UniquenessRecord r = records.lock(packetId);
                if (r.stage() != stage) {
                    return;
                }
                int attempts = r.attempts() + 1;
                if (attempts >= settings.maxAttempts()) {
                    String reason = stage + " failed " + attempts + " times: " + error;
                    records.park(packetId, stage, attempts, reason);
                    stages.tell(packetId, CentralStatus.SEARCH_FAILURE_AT_CENTRAL, reason);
                    audit.record(AuditAction.UNIQUENESS_PARKED, packetId.toString(), reason);
                    log.error("Packet {} parked in {} after {} attempts: {}", packetId, stage, attempts, error);
                } else {
                    Duration wait = settings.backoff(attempts);
                    records.retryLater(packetId, attempts, wait, error);
                    log.warn("Packet {}: {} failed (attempt {} of {}), retried in {} ms: {}", packetId, stage, attempts,
                            settings.maxAttempts(), wait.toMillis(), error);
                }
            });
        } catch (RuntimeException again) {
            log.error("Packet {}: the failure of {} could not be recorded either; the claim runs out and it is retried", packetId,
                    stage, again);
        }
    }

    /**
     * A data-centre officer sends a parked record back to the stage it failed in, its retries afresh.
     *
     * @throws ConflictException if the record is not parked
     */
    void reprocess(UUID packetId) {
        transactions.executeWithoutResult(tx -> {
            UniquenessRecord r = records.lock(packetId);
            if (r.stage() != Stage.PARKED) {
                throw new ConflictException("packet " + packetId + " is not parked (stage " + r.stage() + ")");
            }
            records.unpark(packetId, r.parkedStage());
            stages.tell(packetId, r.parkedStage() == Stage.VALIDATION || r.parkedStage() == Stage.DEMOGRAPHIC
                    ? CentralStatus.RECEIVED_AT_CENTRAL : CentralStatus.SEARCH_IN_PROGRESS, null);
            audit.record(AuditAction.UNIQUENESS_REPROCESSED, packetId.toString(),
                    "{\"stage\":\"" + r.parkedStage() + "\",\"reason\":" + quote(r.parkedReason()) + "}");
        });
        signal();
    }

    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    @PreDestroy
    void stop() {
        running = false;
        synchronized (workers) {
            workers.forEach(Thread::interrupt);
            for (Thread t : workers) {
                try {
                    t.join(30_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
