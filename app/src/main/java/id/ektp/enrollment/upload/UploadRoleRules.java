package id.ektp.enrollment.upload;

import static id.ektp.accounts.Role.SYSTEM_ADMIN;

import id.ektp.accounts.RoleRule;
import id.ektp.accounts.RoleRules;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Enrolling the station at central is the system administrator's step at the service point; every officer
 * may look at the outbox, within their region (the module's own check, {@link Outbox}).
 */
@Component
@OnServicePoint
class UploadRoleRules implements RoleRules {

    @Override
    public List<RoleRule> rules() {
        return List.of(
                RoleRule.on("POST", "/api/v1/station/enrolment", SYSTEM_ADMIN),
                RoleRule.on("POST", "/station", SYSTEM_ADMIN));
    }
}
