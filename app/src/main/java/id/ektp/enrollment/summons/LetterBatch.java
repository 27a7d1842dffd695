package id.ektp.enrollment.summons;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.accounts.SystemActor;
import id.ektp.accounts.RegionDirectory;
import id.ektp.enrollment.campaign.Campaign;
import id.ektp.enrollment.campaign.CampaignStore;
import id.ektp.enrollment.campaign.LetterBatchStarter;
import id.ektp.enrollment.signing.CamatKeys;
import id.ektp.enrollment.signing.SigningKey;
import id.ektp.enrollment.signing.SummonsTokens;
import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs and renders a signed campaign's letters in the background, a chunk per transaction, so that the
 * campaign page can show the progress and a restart loses nothing: the letters still to do are the
 * rows without a PDF, and every campaign left in SIGNING is resumed when the platform is ready.
 *
 * <p>One batch thread takes a chunk, locks its rows and stores the letters in one batched update; the
 * signing and rendering of the chunk's letters is spread over {@code ektp.summons.render-threads}
 * renderers (all cores by default: a batch runs once per campaign, and a request still gets a core's
 * share from the scheduler). Where the time goes is logged per run ({@link Timings}).
 */
@Service
class LetterBatch implements LetterBatchStarter {

    private static final int CHUNK = 200;
    private static final Logger log = LoggerFactory.getLogger(LetterBatch.class);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final SummonsStore summons;
    private final CampaignStore campaigns;
    private final CamatKeys keys;
    private final SummonsTokens tokens;
    private final SummonsLetter letters;
    private final RegionDirectory regions;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(daemon("summons-letters"));
    private final ExecutorService renderers;
    private volatile Timings lastRun;

    LetterBatch(SummonsStore summons, CampaignStore campaigns, CamatKeys keys, SummonsTokens tokens, SummonsLetter letters,
            RegionDirectory regions, AuditTrail audit, TransactionTemplate transactions, JdbcClient jdbc,
            @Value("${ektp.summons.render-threads:0}") int renderThreads) {
        this.summons = summons;
        this.campaigns = campaigns;
        this.keys = keys;
        this.tokens = tokens;
        this.letters = letters;
        this.regions = regions;
        this.audit = audit;
        this.transactions = transactions;
        this.jdbc = jdbc;
        int threads = renderThreads > 0 ? renderThreads : Runtime.getRuntime().availableProcessors();
        this.renderers = Executors.newFixedThreadPool(threads, daemon("summons-render"));
    }

    /** The last run's CPU time of signing and rendering summed over the renderers, its wall time storing, and its wall time. */
    record Timings(int letters, long signNanos, long renderNanos, long storeNanos, long wallNanos) {
    }

    @Override
    public void start(UUID campaignId) {
        worker.submit(() -> {
            try {
                // A background job: nobody is signed in on this thread, so it acts (and is audited) as the system.
                SystemActor.run("summons-letters", () -> run(campaignId));
            } catch (RuntimeException e) {
                log.error("Summons letters of campaign {} stopped; they resume at the next start", campaignId, e);
            }
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        List<UUID> unfinished = campaigns.signing();
        if (!unfinished.isEmpty()) {
            log.info("Resuming the summons letters of {} campaign(s)", unfinished.size());
        }
        unfinished.forEach(this::start);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        renderers.shutdownNow();
    }

    Timings lastRun() {
        return lastRun;
    }

    /** Does the letters still to do; package-visible so that a test can run it in its own thread. */
    void run(UUID campaignId) {
        Campaign campaign = campaigns.findForBatch(campaignId).orElseThrow();
        SigningKey key = keys.unseal(campaigns.kidOf(campaignId));
        Instant expiry = campaign.lastDay().plusDays(1).atStartOfDay(ServiceDays.ZONE).toInstant();
        String kecamatanName = regions.nameOf(campaign.kecamatanCode()).orElse(campaign.kecamatanCode());
        String kabupatenCode = campaign.kecamatanCode().substring(0, campaign.kecamatanCode().lastIndexOf('.'));
        String kabupatenName = regions.nameOf(kabupatenCode).orElse("KABUPATEN/KOTA " + kabupatenCode);
        Map<String, String> desaNames = new ConcurrentHashMap<>();
        LongAdder sign = new LongAdder();
        LongAdder render = new LongAdder();
        LongAdder store = new LongAdder();
        long started = System.nanoTime();
        int done = 0;
        while (!Thread.currentThread().isInterrupted()) {
            Integer made = transactions.execute(status -> {
                List<Summons> pending = summons.lockPending(campaignId, CHUNK);
                List<Future<SummonsStore.Completed>> work = new ArrayList<>(pending.size());
                for (Summons s : pending) {
                    String desaName = desaNames.computeIfAbsent(s.desaCode(), d -> regions.nameOf(d).orElse(d));
                    work.add(renderers.submit(() -> {
                        long t0 = CPU.getCurrentThreadCpuTime();
                        String qr = tokens.sign(key, s.id(), expiry);
                        long t1 = CPU.getCurrentThreadCpuTime();
                        byte[] pdf = letters.render(new SummonsLetter.Content(s, desaName, kecamatanName, kabupatenName, key.camatName(),
                                campaign.lastDay(), qr));
                        render.add(CPU.getCurrentThreadCpuTime() - t1);
                        sign.add(t1 - t0);
                        return new SummonsStore.Completed(s.id(), qr, pdf);
                    }));
                }
                List<SummonsStore.Completed> completed = new ArrayList<>(work.size());
                for (Future<SummonsStore.Completed> letter : work) {
                    completed.add(result(letter));
                }
                long t0 = System.nanoTime();
                summons.completeAll(completed);
                summons.recount(campaignId);
                store.add(System.nanoTime() - t0); // wall time: storing waits on PostgreSQL, not on this thread's CPU
                return pending.size();
            });
            if (made == null || made == 0) {
                break;
            }
            done += made;
        }
        Boolean finished = transactions.execute(status -> {
            if (summons.recount(campaignId) > 0) {
                return false; // interrupted, or another worker still holds some: whoever finishes last closes it
            }
            if (jdbc.sql("UPDATE campaign SET status = 'SIGNED' WHERE id = ? AND status = 'SIGNING'").param(campaignId).update() == 1) {
                audit.record(AuditAction.SUMMONS_LETTERS_READY, campaignId.toString(), "{\"letters\":" + campaign.letterCount() + "}");
            }
            return true;
        });
        Timings timings = new Timings(done, sign.sum(), render.sum(), store.sum(), System.nanoTime() - started);
        lastRun = timings;
        double seconds = timings.wallNanos() / 1e9;
        log.info("Campaign {}: {} letters signed and rendered in {} s ({} letters/s; CPU: signing {} s, rendering {} s; "
                + "storing {} s){}", campaignId, done, String.format("%.1f", seconds), String.format("%.1f", done / Math.max(seconds, 1e-9)),
                String.format("%.1f", timings.signNanos() / 1e9), String.format("%.1f", timings.renderNanos() / 1e9),
                String.format("%.1f", timings.storeNanos() / 1e9), Boolean.TRUE.equals(finished) ? ", all ready" : "");
    }

    private static SummonsStore.Completed result(Future<SummonsStore.Completed> letter) {
        try {
            return letter.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the summons batch was stopped", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
