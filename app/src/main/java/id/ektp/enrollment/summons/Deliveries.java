package id.ektp.enrollment.summons;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.accounts.Officer;
import id.ektp.accounts.Role;
import id.ektp.enrollment.web.EnrollmentAccess;
import id.ektp.platform.domain.NotFoundException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 2's second half: the desa/kelurahan delivers each letter and the kecamatan records what came
 * of it. A later report replaces an earlier one (a letter first "not found" may be delivered later);
 * the audit trail keeps each.
 */
@Service
public class Deliveries {

    private final SummonsStore summons;
    private final EnrollmentAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    Deliveries(SummonsStore summons, EnrollmentAccess access, AuditTrail audit, Optional<Clock> clock) {
        this.summons = summons;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.system(id.ektp.enrollment.summons.ServiceDays.ZONE));
    }

    @Transactional
    public Summons record(UUID summonsId, Delivery delivery) {
        Officer officer = access.officer();
        Summons letter = summons.find(summonsId, officer).orElseThrow(() -> new NotFoundException("summons", summonsId.toString()));
        if (officer.role() != Role.SERVICE_OFFICER && officer.role() != Role.KECAMATAN_OPERATOR && officer.role() != Role.DINAS_ADMIN) {
            throw new AccessDeniedException("an officer with role " + officer.role() + " does not record deliveries");
        }
        summons.recordDelivery(summonsId, delivery, officer.username(), clock.instant());
        audit.record(AuditAction.SUMMONS_DELIVERY_RECORDED, summonsId.toString(), "{\"delivery\":\"" + delivery + "\"}");
        return summons.find(summonsId, officer).orElse(letter);
    }

    /** The letter's PDF, when the officer sees it and the batch has made it. */
    @Transactional
    public Optional<byte[]> letter(UUID summonsId) {
        Officer officer = access.officer();
        summons.find(summonsId, officer).orElseThrow(() -> new NotFoundException("summons", summonsId.toString()));
        audit.read(AuditAction.SUMMONS_LETTER_READ, summonsId.toString());
        return summons.pdf(summonsId);
    }
}
