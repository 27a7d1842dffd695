package id.ektp.enrollment.web;

import static id.ektp.accounts.Role.CAMAT;
import static id.ektp.accounts.Role.DINAS_ADMIN;
import static id.ektp.accounts.Role.OPERATOR;
import static id.ektp.accounts.Role.SERVICE_OFFICER;

import id.ektp.accounts.RoleRule;
import id.ektp.accounts.RoleRules;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who does which step at the service point (seed 000, 004): the Dinas opens campaigns and sets its
 * region's fines, the Camat signs, the service officer runs the desk and takes applications. Everyone whose
 * region covers a kecamatan may look; the operator (or the service officer) takes the biometric capture; whether it does is the module's own check ({@link EnrollmentAccess}).
 * Recording a letter's delivery is the one step whose role is checked after the letter is found
 * ({@code Deliveries}): an officer of another region must get the same 404 whatever their role.
 */
@Component
public class EnrollmentRoleRules implements RoleRules {

    @Override
    public List<RoleRule> rules() {
        return List.of(
                RoleRule.on("POST", "/api/v1/campaigns", DINAS_ADMIN),
                RoleRule.on("POST", "/campaigns", DINAS_ADMIN),
                RoleRule.on("POST", "/api/v1/campaigns/*/signature", CAMAT),
                RoleRule.on("POST", "/campaigns/*/signature", CAMAT),
                RoleRule.on("POST", "/api/v1/desk/**", SERVICE_OFFICER),
                RoleRule.on("POST", "/desk/**", SERVICE_OFFICER),
                RoleRule.on("POST", "/api/v1/applications", SERVICE_OFFICER),
                RoleRule.on("POST", "/applications", SERVICE_OFFICER),
                RoleRule.on("PUT", "/api/v1/applications/*/scans/*", SERVICE_OFFICER),
                RoleRule.on("POST", "/applications/*/scans", SERVICE_OFFICER),
                RoleRule.on("PUT", "/api/v1/fines/*", DINAS_ADMIN),
                RoleRule.on("POST", "/api/v1/captures/**", OPERATOR, SERVICE_OFFICER),
                RoleRule.on("POST", "/api/v1/captures", OPERATOR, SERVICE_OFFICER),
                RoleRule.on("POST", "/capture/**", OPERATOR, SERVICE_OFFICER));
    }
}
