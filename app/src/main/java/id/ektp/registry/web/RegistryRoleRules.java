package id.ektp.registry.web;

import static id.ektp.accounts.Role.DINAS_ADMIN;
import static id.ektp.accounts.Role.SERVICE_OFFICER;
import static id.ektp.accounts.Role.SYSTEM_ADMIN;

import id.ektp.accounts.RoleRule;
import id.ektp.accounts.RoleRules;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Every officer reads the residents of their own region; entering and correcting residents, families and
 * NIKs is the work of the service officer, the Dinas and the system administrator; only the system
 * administrator loads the region list.
 */
@Component
public class RegistryRoleRules implements RoleRules {

    @Override
    public List<RoleRule> rules() {
        return List.of(
                RoleRule.on("POST", "/api/v1/regions/import", SYSTEM_ADMIN),
                RoleRule.any("/admin/regions", SYSTEM_ADMIN),
                RoleRule.any("/admin/regions/**", SYSTEM_ADMIN),
                RoleRule.on("POST", "/api/v1/residents", SERVICE_OFFICER, DINAS_ADMIN, SYSTEM_ADMIN),
                RoleRule.on("PUT", "/api/v1/residents/*", SERVICE_OFFICER, DINAS_ADMIN, SYSTEM_ADMIN),
                RoleRule.on("DELETE", "/api/v1/residents/*", SERVICE_OFFICER, DINAS_ADMIN, SYSTEM_ADMIN),
                RoleRule.on("POST", "/api/v1/families", SERVICE_OFFICER, DINAS_ADMIN, SYSTEM_ADMIN),
                RoleRule.on("POST", "/api/v1/nik", SERVICE_OFFICER, DINAS_ADMIN, SYSTEM_ADMIN));
    }
}
