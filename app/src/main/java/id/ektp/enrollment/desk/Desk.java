package id.ektp.enrollment.desk;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.accounts.Officer;
import id.ektp.enrollment.signing.QrRefusedException;
import id.ektp.enrollment.signing.SummonsTokens;
import id.ektp.enrollment.summons.Summons;
import id.ektp.enrollment.summons.SummonsStore;
import id.ektp.enrollment.web.EnrollmentAccess;
import id.ektp.enrollment.web.Refusal;
import id.ektp.platform.domain.InvalidInputException;
import id.ektp.platform.domain.NotFoundException;
import id.ektp.registry.Resident;
import id.ektp.registry.Residents;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Steps 4-5 at the service point's desk: check-in by the summons QR or the NIK with a queue number of
 * the day, calling the next number, and the check of the resident's data against the registry, which
 * either confirms it (on to the capture) or sends the resident to the family-card correction.
 *
 * <p>A refused check-in is audited in a transaction of its own, after the refused one rolled back, so
 * that the refusal is on record and nothing else is.
 */
@Service
public class Desk {

    static final int REASON_MAX = 500;

    private final CheckInStore checkIns;
    private final QueueNumbers numbers;
    private final SummonsStore summons;
    private final SummonsTokens tokens;
    private final Residents residents;
    private final EnrollmentAccess access;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Desk(CheckInStore checkIns, QueueNumbers numbers, SummonsStore summons, SummonsTokens tokens, Residents residents,
            EnrollmentAccess access, AuditTrail audit, TransactionTemplate transactions, Optional<Clock> clock) {
        this.checkIns = checkIns;
        this.numbers = numbers;
        this.summons = summons;
        this.tokens = tokens;
        this.residents = residents;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock.orElse(Clock.system(id.ektp.enrollment.summons.ServiceDays.ZONE));
    }

    /** Check-in by the summons QR's text, as a scanner types it. */
    public CheckIn checkInByQr(String qrText) {
        Officer officer = serviceOfficer();
        String kecamatan = EnrollmentAccess.kecamatanOf(officer);
        try {
            return transactions.execute(s -> {
                SummonsTokens.VerifiedSummons verified = tokens.verify(qrText, kecamatan, clock.instant());
                Summons letter = summons.find(verified.summonsId(), officer)
                        .orElseThrow(() -> new NotFoundException("summons", verified.summonsId().toString()));
                checkIns.ofSummons(letter.id()).ifPresent(earlier -> {
                    throw new Refusal(HttpStatus.CONFLICT, "summons-used", "qr", "problem.checkIn.summonsUsed",
                            "this summons was already presented on {0} (number {1})", earlier.serviceDay(), earlier.ticket());
                });
                return checkIn(officer, kecamatan, resident(letter.nik()), letter.id());
            });
        } catch (QrRefusedException e) {
            audit.record(AuditAction.SUMMONS_QR_REFUSED, "-", "{\"reason\":\"" + e.refusal() + "\"}");
            throw e;
        } catch (Refusal e) {
            audit.record(AuditAction.SUMMONS_QR_REFUSED, "-", "{\"reason\":\"" + e.slug() + "\"}");
            throw e;
        }
    }

    /** Check-in by NIK, for a resident without their letter (or a regular applicant). */
    public CheckIn checkInByNik(String nik) {
        Officer officer = serviceOfficer();
        String kecamatan = EnrollmentAccess.kecamatanOf(officer);
        if (nik == null || !nik.matches("\\d{16}")) {
            throw new InvalidInputException("nik", "problem.checkIn.nik", "a NIK has 16 digits");
        }
        try {
            return transactions.execute(s -> checkIn(officer, kecamatan, resident(nik), null));
        } catch (Refusal e) {
            audit.record(AuditAction.CHECK_IN_REFUSED, nik, "{\"reason\":\"" + e.slug() + "\"}");
            throw e;
        }
    }

    public CheckIn callNext() {
        Officer officer = serviceOfficer();
        return transactions.execute(s -> {
            CheckIn called = checkIns.callNext(officer.officeCode(), today(), officer.username(), clock.instant())
                    .orElseThrow(() -> new Refusal(HttpStatus.CONFLICT, "nobody-waiting", "queue", "problem.queue.empty",
                            "nobody is waiting"));
            audit.record(AuditAction.QUEUE_NUMBER_CALLED, called.id().toString(), "{\"number\":" + called.queueNumber() + "}");
            return called;
        });
    }

    /**
     * The officer's verdict on the called resident's data: confirmed, or what is wrong, which sends the
     * resident to the family-card correction and reschedules the capture; the reason stays on the record.
     */
    public CheckIn decide(UUID checkInId, boolean confirmed, String whatIsWrong) {
        Officer officer = serviceOfficer();
        String reason = whatIsWrong == null ? "" : whatIsWrong.strip();
        if (!confirmed && (reason.isEmpty() || reason.length() > REASON_MAX)) {
            throw new InvalidInputException("reason", "problem.checkIn.reason",
                    "say what is wrong in 1 to " + REASON_MAX + " characters", REASON_MAX);
        }
        return transactions.execute(s -> {
            CheckIn checkIn = find(checkInId, officer);
            CheckInStatus outcome = confirmed ? CheckInStatus.VERIFIED : CheckInStatus.CORRECTION;
            if (!checkIns.decide(checkInId, outcome, confirmed ? null : reason, officer.username(), clock.instant())) {
                throw new Refusal(HttpStatus.CONFLICT, "not-called", "checkIn", "problem.checkIn.notCalled",
                        "number {0} is {1}, not at the counter", checkIn.ticket(), checkIn.status());
            }
            audit.record(confirmed ? AuditAction.RESIDENT_DATA_CONFIRMED : AuditAction.RESIDENT_DATA_CORRECTION_REQUESTED, checkIn.nik(),
                    confirmed ? "{}" : "{\"checkIn\":\"" + checkInId + "\",\"reason\":\"" + reason.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
            return find(checkInId, officer);
        });
    }

    /** Today's check-ins of the officer's service point. */
    public List<CheckIn> today(Officer officer) {
        return checkIns.ofDay(officer.officeCode(), today());
    }

    /** The numbers the waiting room of the officer's service point shows, newest first. */
    public List<CheckIn> called(Officer officer) {
        EnrollmentAccess.kecamatanOf(officer);
        return checkIns.lastCalled(officer.officeCode(), today(), 6);
    }

    public CheckIn find(UUID id, Officer officer) {
        return checkIns.find(id, officer.officeCode()).orElseThrow(() -> new NotFoundException("check-in", id.toString()));
    }

    /** The resident of a check-in, as the registry holds them now (the read is audited). */
    public Resident residentOf(CheckIn checkIn) {
        return resident(checkIn.nik());
    }

    private CheckIn checkIn(Officer officer, String kecamatan, Resident resident, UUID summonsId) {
        LocalDate day = today();
        checkIns.lockNik(resident.nik());
        checkIns.ofNikOn(resident.nik(), day).ifPresent(earlier -> {
            throw new Refusal(HttpStatus.CONFLICT, "already-checked-in", "nik", "problem.checkIn.twice",
                    "this resident is already checked in today with number {0}", earlier.ticket());
        });
        Instant now = clock.instant();
        CheckIn checkIn = new CheckIn(UUID.randomUUID(), officer.officeCode(), kecamatan, day, numbers.next(officer.officeCode(), day),
                resident.nik(), resident.fullName(), summonsId, CheckInStatus.WAITING, now, null, null);
        checkIns.insert(checkIn, officer.username());
        audit.record(AuditAction.RESIDENT_CHECKED_IN, resident.nik(),
                "{\"number\":" + checkIn.queueNumber() + ",\"summons\":" + (summonsId == null ? "null" : "\"" + summonsId + "\"") + "}");
        return checkIn;
    }

    private Resident resident(String nik) {
        return residents.findByNik(nik).orElseThrow(() -> new NotFoundException("resident", nik));
    }

    private Officer serviceOfficer() {
        return access.officer();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
