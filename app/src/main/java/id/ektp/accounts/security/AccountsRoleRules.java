package id.ektp.accounts.security;

import static id.ektp.accounts.Role.DINAS_ADMIN;
import static id.ektp.accounts.Role.SYSTEM_ADMIN;

import id.ektp.accounts.RoleRule;
import id.ektp.accounts.RoleRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** Officer and office administration is the administrators' work; the audit chain the system administrator's. */
@Component
class AccountsRoleRules implements RoleRules {

    @Override
    public List<RoleRule> rules() {
        return List.of(
                RoleRule.any("/api/v1/audit/**", SYSTEM_ADMIN),
                RoleRule.on("POST", "/api/v1/offices", SYSTEM_ADMIN),
                RoleRule.any("/api/v1/offices", SYSTEM_ADMIN, DINAS_ADMIN),
                RoleRule.any("/api/v1/offices/**", SYSTEM_ADMIN, DINAS_ADMIN),
                RoleRule.any("/api/v1/officers", SYSTEM_ADMIN, DINAS_ADMIN),
                RoleRule.any("/api/v1/officers/**", SYSTEM_ADMIN, DINAS_ADMIN),
                RoleRule.any("/admin/officers", SYSTEM_ADMIN, DINAS_ADMIN),
                RoleRule.any("/admin/officers/**", SYSTEM_ADMIN, DINAS_ADMIN));
    }
}
