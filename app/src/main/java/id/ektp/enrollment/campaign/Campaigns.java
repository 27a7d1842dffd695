package id.ektp.enrollment.campaign;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.accounts.Officer;
import id.ektp.enrollment.signing.CamatKeys;
import id.ektp.enrollment.summons.Summons;
import id.ektp.enrollment.summons.SummonsStore;
import id.ektp.enrollment.web.EnrollmentAccess;
import id.ektp.enrollment.web.Refusal;
import id.ektp.platform.domain.FieldProblem;
import id.ektp.platform.domain.InvalidInputException;
import id.ektp.platform.domain.NotFoundException;
import id.ektp.registry.ResultPage;
import id.ektp.registry.WajibKtpEntry;
import id.ektp.registry.WajibKtpList;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Steps 1-2 of the mass campaign: the Dinas opens a campaign for a kecamatan from the wajib-KTP list
 * (residents without a card or a record in process), and the Camat of that kecamatan signs it, which
 * starts the background batch that signs and renders each letter.
 */
@Service
public class Campaigns {

    static final int MAX_DAYS = 60;
    private static final int LIST_PAGE = 500;

    private final CampaignStore campaigns;
    private final SummonsStore summons;
    private final WajibKtpList wajibKtp;
    private final CamatKeys keys;
    private final EnrollmentAccess access;
    private final AuditTrail audit;
    private final LetterBatchStarter batch;
    private final Clock clock;

    Campaigns(CampaignStore campaigns, SummonsStore summons, WajibKtpList wajibKtp, CamatKeys keys, EnrollmentAccess access,
            AuditTrail audit, LetterBatchStarter batch, Optional<Clock> clock) {
        this.campaigns = campaigns;
        this.summons = summons;
        this.wajibKtp = wajibKtp;
        this.keys = keys;
        this.access = access;
        this.audit = audit;
        this.batch = batch;
        this.clock = clock.orElse(Clock.system(id.ektp.enrollment.summons.ServiceDays.ZONE));
    }

    @Transactional
    public Campaign open(OpenCampaign request) {
        Officer dinas = access.officer();
        if (!dinas.covers(request.kecamatanCode())) {
            throw new AccessDeniedException("kecamatan " + request.kecamatanCode() + " lies outside your region " + dinas.regionCode());
        }
        LocalDate today = LocalDate.now(clock);
        checkDays(request, today);
        Set<String> alreadySummoned = new HashSet<>(campaigns.summonedUntil(request.kecamatanCode(), today));
        List<WajibKtpEntry> residents = new ArrayList<>();
        for (int page = 0; ; page++) {
            ResultPage<WajibKtpEntry> list = wajibKtp.forKecamatan(request.kecamatanCode(), true, page, LIST_PAGE);
            list.items().stream().filter(e -> !alreadySummoned.contains(e.nik())).forEach(residents::add);
            if (!list.hasNext()) {
                break;
            }
        }
        if (residents.isEmpty()) {
            throw new Refusal(HttpStatus.CONFLICT, "nobody-to-summon", "kecamatanCode", "problem.campaign.nobody",
                    "no wajib-KTP resident of this kecamatan is without an e-KTP and not yet summoned");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        campaigns.insert(id, request, dinas, now, residents.size());
        summons.insertAll(letters(id, request, residents));
        audit.record(AuditAction.CAMPAIGN_OPENED, id.toString(),
                "{\"kecamatan\":\"" + request.kecamatanCode() + "\",\"letters\":" + residents.size() + "}");
        return campaigns.find(id, dinas).orElseThrow();
    }

    /** The Camat of the campaign's kecamatan signs its letters; the batch starts once this commits. */
    @Transactional
    public Campaign sign(UUID id) {
        Officer officer = access.officer();
        Campaign campaign = get(id);
        if (!officer.regionCode().equals(campaign.kecamatanCode())) { // the role is the filter chain's check (EnrollmentRoleRules)
            throw new AccessDeniedException("only the Camat of " + campaign.kecamatanCode() + " signs its summons letters");
        }
        String kid = keys.ensureKey(officer);
        if (!campaigns.markSigning(id, officer, kid, clock.instant())) {
            throw new Refusal(HttpStatus.CONFLICT, "already-signed", "campaign", "problem.campaign.signed",
                    "this campaign is already signed");
        }
        audit.record(AuditAction.CAMPAIGN_SIGNED, id.toString(), "{\"kid\":\"" + kid + "\"}");
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                batch.start(id);
            }
        });
        return campaigns.find(id, officer).orElseThrow();
    }

    /** A campaign the officer sees; 404 otherwise (also for one of another region). */
    @Transactional
    public Campaign get(UUID id) {
        Campaign campaign = campaigns.find(id, access.officer()).orElseThrow(() -> new NotFoundException("campaign", id.toString()));
        audit.read(AuditAction.CAMPAIGN_READ, id.toString());
        return campaign;
    }

    /**
     * The campaign's progress for the page's poll, every few seconds while the batch runs: scoped like
     * {@link #get} (404 outside the region) but not audited, since it shows counts, not a resident's record;
     * an entry per poll would flood the log with thousands of reads nobody made.
     */
    public Campaign progress(UUID id) {
        return campaigns.find(id, access.officer()).orElseThrow(() -> new NotFoundException("campaign", id.toString()));
    }

    public List<Campaign> list() {
        return campaigns.list(access.officer());
    }

    private static void checkDays(OpenCampaign request, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.firstDay().isBefore(today)) {
            problems.add(FieldProblem.of("firstDay", "problem.campaign.past", "the first service day lies in the past"));
        }
        if (request.lastDay().isBefore(request.firstDay())) {
            problems.add(FieldProblem.of("lastDay", "problem.campaign.order", "the last service day comes before the first"));
        } else if (ChronoUnit.DAYS.between(request.firstDay(), request.lastDay()) >= MAX_DAYS) {
            problems.add(FieldProblem.of("lastDay", "problem.campaign.long", "a campaign lasts at most " + MAX_DAYS + " days", MAX_DAYS));
        }
        if (request.places().stream().anyMatch(p -> p == null || p.isBlank())) {
            problems.add(FieldProblem.of("places", "problem.campaign.place", "every place needs a name"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Spreads the residents evenly over the days, in list order (by desa), and over the places in turn. */
    private static List<Summons> letters(UUID campaignId, OpenCampaign request, List<WajibKtpEntry> residents) {
        int days = (int) ChronoUnit.DAYS.between(request.firstDay(), request.lastDay()) + 1;
        List<Summons> letters = new ArrayList<>(residents.size());
        for (int i = 0; i < residents.size(); i++) {
            WajibKtpEntry e = residents.get(i);
            LocalDate day = request.firstDay().plusDays((long) i * days / residents.size());
            String place = request.places().get(i % request.places().size()).strip();
            letters.add(new Summons(UUID.randomUUID(), campaignId, i + 1, request.kecamatanCode(), e.nik(), e.fullName(), e.desaCode(),
                    e.street(), e.rt(), e.rw(), place, day, false, null));
        }
        return letters;
    }
}
