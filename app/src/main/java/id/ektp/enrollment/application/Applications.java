package id.ektp.enrollment.application;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.accounts.Officer;
import id.ektp.enrollment.summons.ServiceDays;
import id.ektp.enrollment.web.EnrollmentAccess;
import id.ektp.platform.domain.InvalidInputException;
import id.ektp.platform.domain.NotFoundException;
import id.ektp.registry.Resident;
import id.ektp.registry.Residents;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Regular applications (seeds 002, 004): the service officer records the reason and marks each
 * document seen; one missing refuses the application (audited, nothing stored). The fine follows the
 * resident's kabupaten/kota's schedule, seed 004's where it set none; the due date the service level.
 */
@Service
public class Applications {

    private final ApplicationStore store;
    private final Residents residents;
    private final ServiceLevel serviceLevel;
    private final EnrollmentAccess access;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Applications(ApplicationStore store, Residents residents, ServiceLevel serviceLevel, EnrollmentAccess access, AuditTrail audit,
            TransactionTemplate transactions, Optional<Clock> clock) {
        this.store = store;
        this.residents = residents;
        this.serviceLevel = serviceLevel;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock.orElse(Clock.system(ServiceDays.ZONE));
    }

    public Application submit(SubmitApplication request) {
        Officer officer = access.officer();
        String kecamatan = EnrollmentAccess.kecamatanOf(officer);
        Set<Document> missing = request.reason().required();
        missing.removeAll(request.documentsSeen());
        if (!missing.isEmpty()) {
            String names = missing.stream().map(Enum::name).collect(Collectors.joining(", "));
            audit.record(AuditAction.APPLICATION_REFUSED, request.nik(), "{\"missing\":\"" + names + "\"}");
            throw new InvalidInputException("documents", "problem.application.missing",
                    "a " + request.reason() + " application needs " + names + " as well", names);
        }
        return transactions.execute(s -> {
            Resident resident = residents.findByNik(request.nik()).orElseThrow(() -> new NotFoundException("resident", request.nik()));
            LocalDate today = LocalDate.now(clock);
            Fine fine = Fine.of(request.reason(), resident, request.eventDay(), today, schedule(kabupatenOf(resident.kecamatanCode()), true));
            Instant now = clock.instant();
            Application application = new Application(UUID.randomUUID(), resident.nik(), resident.fullName(), kecamatan,
                    officer.officeCode(), request.reason(), seen(request), fine.rupiah(), fine.reason(),
                    officer.username(), now, today, serviceLevel.dueOn(today), "OPEN");
            store.insert(application);
            audit.record(AuditAction.APPLICATION_SUBMITTED, resident.nik(),
                    "{\"application\":\"" + application.id() + "\",\"reason\":\"" + request.reason() + "\",\"fine\":" + fine.rupiah() + "}");
            return application;
        });
    }

    public Application get(UUID id) {
        return store.find(id, access.officer()).orElseThrow(() -> new NotFoundException("application", id.toString()));
    }

    /** Open applications past their due date in the officer's region, oldest first: the Dinas's list. */
    public List<Application> overdue() {
        return store.overdue(access.officer(), LocalDate.now(clock));
    }

    public FineSchedule schedule(String kabupatenCode) {
        Officer officer = access.officer();
        if (!EnrollmentAccess.sees(officer, kabupatenCode)) {
            throw new NotFoundException("fine schedule", kabupatenCode);
        }
        return store.schedule(kabupatenCode).orElse(FineSchedule.seed004(kabupatenCode));
    }

    public FineSchedule setSchedule(String kabupatenCode, int lateReportRupiah, int lateAfterDays, int foreignerLateRupiah) {
        Officer officer = access.officer();
        if (!officer.covers(kabupatenCode)) {
            throw new AccessDeniedException("kabupaten/kota " + kabupatenCode + " lies outside your region " + officer.regionCode());
        }
        FineSchedule schedule = new FineSchedule(kabupatenCode, lateReportRupiah, lateAfterDays, foreignerLateRupiah, true);
        return transactions.execute(s -> {
            store.saveSchedule(schedule, officer.username(), clock.instant());
            audit.record(AuditAction.FINE_SCHEDULE_SET, kabupatenCode, "{\"lateReport\":" + lateReportRupiah + ",\"after\":"
                    + lateAfterDays + ",\"foreignerLate\":" + foreignerLateRupiah + "}");
            return schedule;
        });
    }

    /** The schedule behind a resident's fine: read without the caller's scope, the resident's own region decides. */
    private FineSchedule schedule(String kabupatenCode, boolean internal) {
        return store.schedule(kabupatenCode).orElse(FineSchedule.seed004(kabupatenCode));
    }

    private static Set<Document> seen(SubmitApplication request) {
        Set<Document> seen = EnumSet.noneOf(Document.class);
        seen.addAll(request.documentsSeen());
        return seen;
    }

    private static String kabupatenOf(String kecamatanCode) {
        return kecamatanCode.substring(0, kecamatanCode.lastIndexOf('.'));
    }
}
