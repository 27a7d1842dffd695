package id.ektp.identification.intake;

import static id.ektp.accounts.Role.DATA_CENTRE_OFFICER;
import static id.ektp.accounts.Role.SYSTEM_ADMIN;

import id.ektp.accounts.RoleRule;
import id.ektp.accounts.RoleRules;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may reach central's intake. Stations have no login: delivering a packet, asking for statuses and
 * enrolling are open paths whose proof is the station's signature or its one-time code, checked by
 * intake itself. Registering and revoking stations is the system administrator's.
 */
@Component
@OnCentral
class IntakeRoleRules implements RoleRules {

    @Override
    public List<RoleRule> rules() {
        return List.of(
                RoleRule.open("POST", "/api/v1/intake/packets"),
                RoleRule.open("POST", "/api/v1/intake/statuses"),
                RoleRule.open("POST", "/api/v1/stations/*/enrolment"),
                RoleRule.on("POST", "/api/v1/stations", SYSTEM_ADMIN),
                RoleRule.on("POST", "/api/v1/stations/*/revocation", SYSTEM_ADMIN),
                RoleRule.on("GET", "/api/v1/stations", SYSTEM_ADMIN, DATA_CENTRE_OFFICER),
                RoleRule.on("POST", "/stations/**", SYSTEM_ADMIN),
                RoleRule.any("/stations", SYSTEM_ADMIN, DATA_CENTRE_OFFICER));
    }
}
