package id.ektp.accounts.web;

import id.ektp.accounts.audit.AuditVerification;
import id.ektp.accounts.audit.AuditVerifier;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Verification of the hash-chained audit log, for the system administrator. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
class AuditApi {

    private final AuditVerifier verifier;

    AuditApi(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/verification")
    @Operation(summary = "Walk the audit chain and report the first broken entry, if any")
    AuditVerification verify() {
        return verifier.verify();
    }
}
