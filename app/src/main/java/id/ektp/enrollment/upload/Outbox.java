package id.ektp.enrollment.upload;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.accounts.Officer;
import id.ektp.enrollment.web.EnrollmentAccess;
import id.ektp.platform.domain.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the service point's officers see of the outbox: each packet with its delivery and its status at
 * central, within their region (a packet of another kecamatan answers 404 and is never listed). Reading
 * it is audited: the list names residents.
 */
@Service
@OnServicePoint
class Outbox {

    static final int LIST_LIMIT = 200;

    private final OutboxStore store;
    private final EnrollmentAccess access;
    private final AuditTrail audit;

    Outbox(OutboxStore store, EnrollmentAccess access, AuditTrail audit) {
        this.store = store;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    List<OutboxEntry> list() {
        Officer officer = access.officer();
        List<OutboxEntry> entries = store.list(EnrollmentAccess.scopeCondition("kecamatan_code"), officer.regionCode(), LIST_LIMIT);
        audit.record(AuditAction.OUTBOX_READ, officer.regionCode().isEmpty() ? "-" : officer.regionCode(), "{\"packets\":" + entries.size() + "}");
        return entries;
    }

    @Transactional
    OutboxEntry get(UUID packetId) {
        Officer officer = access.officer();
        OutboxEntry entry = store.find(packetId).filter(e -> EnrollmentAccess.sees(officer, e.kecamatanCode()))
                .orElseThrow(() -> new NotFoundException("packet", packetId.toString()));
        audit.record(AuditAction.OUTBOX_READ, packetId.toString(), "");
        return entry;
    }
}
