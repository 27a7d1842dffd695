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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs and renders a signed campaign's letters in the background, a few per transaction, so that the
 * campaign page can show the progress and a restart loses nothing: the letters still to do are the
 * rows without a PDF, and every campaign left in SIGNING is resumed when the platform is ready.
 */
@Service
class LetterBatch implements LetterBatchStarter {

    private static final int CHUNK = 20;
    private static final Logger log = LoggerFactory.getLogger(LetterBatch.class);

    private final SummonsStore summons;
    private final CampaignStore campaigns;
    private final CamatKeys keys;
    private final SummonsTokens tokens;
    private final SummonsLetter letters;
    private final RegionDirectory regions;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    // One worker: letters are CPU-bound, and the two cores are shared with the requests.
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "summons-letters");
        t.setDaemon(true);
        return t;
    });

    LetterBatch(SummonsStore summons, CampaignStore campaigns, CamatKeys keys, SummonsTokens tokens, SummonsLetter letters,
            RegionDirectory regions, AuditTrail audit, TransactionTemplate transactions, JdbcClient jdbc) {
        this.summons = summons;
        this.campaigns = campaigns;
        this.keys = keys;
        this.tokens = tokens;
        this.letters = letters;
        this.regions = regions;
        this.audit = audit;
        this.transactions = transactions;
        this.jdbc = jdbc;
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
    }

    /** Does the letters still to do; package-visible so that a test can run it in its own thread. */
    void run(UUID campaignId) {
        Campaign campaign = campaigns.findForBatch(campaignId).orElseThrow();
        SigningKey key = keys.unseal(campaigns.kidOf(campaignId));
        Instant expiry = campaign.lastDay().plusDays(1).atStartOfDay(ServiceDays.ZONE).toInstant();
        String kecamatanName = regions.nameOf(campaign.kecamatanCode()).orElse(campaign.kecamatanCode());
        long started = System.nanoTime();
        int done = 0;
        while (!Thread.currentThread().isInterrupted()) {
            Integer made = transactions.execute(status -> {
                List<Summons> pending = summons.lockPending(campaignId, CHUNK);
                for (Summons s : pending) {
                    String qr = tokens.sign(key, s.id(), expiry);
                    String desaName = regions.nameOf(s.desaCode()).orElse(s.desaCode());
                    summons.complete(s.id(), qr, letters.render(
                            new SummonsLetter.Content(s, desaName, kecamatanName, key.camatName(), campaign.lastDay(), qr)));
                }
                summons.recount(campaignId);
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
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("Campaign {}: {} letters signed and rendered in {} s ({} letters/s){}", campaignId, done,
                String.format("%.1f", seconds), String.format("%.1f", done / Math.max(seconds, 1e-9)),
                Boolean.TRUE.equals(finished) ? ", all ready" : "");
    }
}
