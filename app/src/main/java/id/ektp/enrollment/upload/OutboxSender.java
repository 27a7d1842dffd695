package id.ektp.enrollment.upload;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.accounts.SystemActor;
import id.ektp.enrollment.PacketStatusChanged;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox to central, one background thread acting as the system. A packet goes as soon as
 * the transaction that queued it commits; while central does not answer, the sender backs off
 * exponentially (trying only the oldest packet until central answers again) and every packet waits in
 * the database, so that nothing queued is lost when the service point or central stops. Central holds a
 * packet exactly once, so a packet sent again after a crash between central's answer and this side's
 * commit is harmless. Once central holds it: {@link PacketUploaded}, in the transaction that records it.
 *
 * <p>The same thread clears the sealed copies of delivered packets after the retention and asks central
 * for the statuses of what it delivered ({@link StatusPoller}).
 */
@Component
@OnServicePoint
class OutboxSender implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 8;

    private final OutboxStore store;
    private final CentralClient central;
    private final StatusPoller statuses;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final BackOff backOff;
    private final Duration retention;
    private final Duration idle;
    private final Clock clock;
    private final LinkedBlockingQueue<Boolean> signal = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread thread;
    private int consecutiveFailures;
    private Instant pausedUntil = Instant.MIN;

    OutboxSender(OutboxStore store, CentralClient central, StatusPoller statuses, AuditTrail audit, ApplicationEventPublisher events,
            TransactionTemplate transactions,
            @Value("${ektp.outbox.initial-backoff:PT1S}") Duration initialBackOff,
            @Value("${ektp.outbox.max-backoff:PT5M}") Duration maxBackOff,
            @Value("${ektp.outbox.retention:P7D}") Duration retention,
            @Value("${ektp.outbox.status-interval:PT30S}") Duration idle,
            Optional<Clock> clock) {
        this.store = store;
        this.central = central;
        this.statuses = statuses;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.backOff = new BackOff(initialBackOff, maxBackOff);
        this.retention = retention;
        this.idle = idle;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Something was queued: look now rather than at the next scheduled time. */
    void wake() {
        signal.offer(Boolean.TRUE);
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::loop, "packet-outbox");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the web server (which starts in phase Integer.MAX_VALUE - 1024), so that the embedded process can reach itself. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 512;
    }

    private void loop() {
        while (running) {
            Duration wait;
            try {
                wait = SystemActor.call("packet outbox", this::round);
            } catch (RuntimeException e) {
                LOG.warn("The outbox round failed; trying again shortly", e);
                wait = Duration.ofSeconds(5);
            }
            try {
                signal.poll(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
                signal.clear();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One round: deliver what is due, clear what is past its retention, ask for statuses; how long to wait for the next. */
    private Duration round() {
        Instant now = clock.instant();
        if (!now.isBefore(pausedUntil)) {
            deliverDue();
        }
        removeExpiredBiometrics();
        if (consecutiveFailures == 0) {
            statuses.poll();
        }
        now = clock.instant();
        Instant next = now.plus(idle);
        Optional<Instant> due = store.nextDue();
        if (due.isPresent() && due.get().isBefore(next)) {
            next = due.get();
        }
        if (pausedUntil.isAfter(now) && next.isBefore(pausedUntil)) {
            next = pausedUntil;
        }
        return Duration.between(now, next);
    }

    private void deliverDue() {
        List<OutboxStore.Due> due;
        while (running && !(due = store.due(clock.instant(), BATCH)).isEmpty()) {
            for (OutboxStore.Due packet : due) {
                if (!deliver(packet)) {
                    return;
                }
            }
        }
    }

    /** Delivers one packet; false when central did not answer (the round stops: the others would not get through either). */
    private boolean deliver(OutboxStore.Due packet) {
        UUID id = packet.packetId();
        CentralClient.Delivery answer;
        try {
            answer = central.deliver(packet.sealed());
        } catch (CentralUnreachable e) {
            consecutiveFailures++;
            Instant now = clock.instant();
            pausedUntil = now.plus(backOff.after(consecutiveFailures));
            Instant next = now.plus(backOff.after(packet.attempts() + 1));
            transactions.executeWithoutResult(s -> store.retryLater(id, next.isAfter(pausedUntil) ? next : pausedUntil, e.getMessage()));
            if (consecutiveFailures == 1 || consecutiveFailures % 10 == 0) {
                LOG.info("Central is not answering ({}); packets wait in the outbox, next try in {}", e.getMessage(),
                        Duration.between(now, pausedUntil));
            }
            return false;
        }
        consecutiveFailures = 0;
        pausedUntil = Instant.MIN;
        Instant now = clock.instant();
        transactions.executeWithoutResult(s -> {
            if (answer instanceof CentralClient.Accepted accepted) {
                Optional<String> nik = store.delivered(id, now, accepted.status(), now);
                if (nik.isPresent()) {
                    events.publishEvent(new PacketUploaded(id, now));
                    events.publishEvent(new PacketStatusChanged(id, nik.get(), accepted.status(), null));
                    audit.record(AuditAction.PACKET_DELIVERED, id.toString(),
                            "{\"firstTime\":" + accepted.firstTime() + ",\"status\":\"" + accepted.status() + "\"}");
                }
            } else if (answer instanceof CentralClient.Refused refused) {
                String reason = refused.reason() + ": " + refused.detail();
                if (store.refused(id, reason.length() > 1000 ? reason.substring(0, 1000) : reason)) {
                    audit.record(AuditAction.PACKET_REFUSED_BY_CENTRAL, id.toString(),
                            "{\"status\":" + refused.httpStatus() + ",\"reason\":\"" + refused.reason().replace("\"", "'") + "\"}");
                }
                LOG.warn("Central refused packet {}: {}", id, reason);
            }
        });
        return true;
    }

    private void removeExpiredBiometrics() {
        Instant now = clock.instant();
        for (UUID id : store.retainedUntil(now.minus(retention), 100)) {
            transactions.executeWithoutResult(s -> {
                if (store.removeBiometrics(id, now)) {
                    audit.record(AuditAction.PACKET_BIOMETRICS_REMOVED, id.toString(), "{\"retention\":\"" + retention + "\"}");
                }
            });
        }
    }
}
