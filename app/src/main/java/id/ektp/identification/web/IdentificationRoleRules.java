package id.ektp.identification.web;

import static id.ektp.accounts.Role.ADJUDICATOR;
import static id.ektp.accounts.Role.CAMAT;
import static id.ektp.accounts.Role.DATA_CENTRE_OFFICER;
import static id.ektp.accounts.Role.DINAS_ADMIN;
import static id.ektp.accounts.Role.KECAMATAN_OPERATOR;
import static id.ektp.accounts.Role.SERVICE_OFFICER;

import id.ektp.accounts.RoleRule;
import id.ektp.accounts.RoleRules;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who does what at central: adjudicators (national) decide grey-zone cases; the Dinas and the kecamatan of
 * either record see a duplicate's clarification task, and the Dinas administrator or a service officer
 * records how it was resolved with the resident; the data-centre officer reads the dashboard. Which tasks an
 * officer sees is the module's own region check ({@code clarification.Clarifications}).
 */
@Component
public class IdentificationRoleRules implements RoleRules {

    @Override
    public List<RoleRule> rules() {
        return List.of(
                RoleRule.any("/api/v1/adjudication/**", ADJUDICATOR),
                RoleRule.any("/adjudication/**", ADJUDICATOR),
                RoleRule.any("/adjudication", ADJUDICATOR),
                RoleRule.on("POST", "/api/v1/clarifications/**", DINAS_ADMIN, SERVICE_OFFICER),
                RoleRule.on("POST", "/clarifications/**", DINAS_ADMIN, SERVICE_OFFICER),
                RoleRule.any("/api/v1/clarifications/**", DINAS_ADMIN, CAMAT, SERVICE_OFFICER, KECAMATAN_OPERATOR),
                RoleRule.any("/api/v1/clarifications", DINAS_ADMIN, CAMAT, SERVICE_OFFICER, KECAMATAN_OPERATOR),
                RoleRule.any("/clarifications/**", DINAS_ADMIN, CAMAT, SERVICE_OFFICER, KECAMATAN_OPERATOR),
                RoleRule.any("/clarifications", DINAS_ADMIN, CAMAT, SERVICE_OFFICER, KECAMATAN_OPERATOR),
                RoleRule.any("/api/v1/data-centre/**", DATA_CENTRE_OFFICER),
                RoleRule.any("/data-centre/**", DATA_CENTRE_OFFICER),
                RoleRule.any("/data-centre", DATA_CENTRE_OFFICER));
    }
}
