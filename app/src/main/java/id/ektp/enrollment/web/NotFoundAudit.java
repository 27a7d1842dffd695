package id.ektp.enrollment.web;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.platform.domain.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Writes an audit entry for each service-point record an officer asked for and was answered 404: a
 * record of another region answers exactly like one that does not exist, so the answer tells an officer
 * nothing, and the log still shows who probed another region's campaigns, letters, check-ins or papers.
 */
@Component
class NotFoundAudit {

    private static final int SUBJECT_MAX = 64;

    private final AuditTrail audit;

    NotFoundAudit(AuditTrail audit) {
        this.audit = audit;
    }

    void record(NotFoundException e, String path) {
        String subject = e.subjectType() + ":" + e.subjectId();
        audit.record(AuditAction.ENROLLMENT_NOT_FOUND, subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX) : subject,
                "{\"path\":\"" + path.replace("\\", "").replace("\"", "") + "\"}");
    }
}
