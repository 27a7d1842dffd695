package id.ektp.identification.uniqueness;

import static id.ektp.accounts.Role.DATA_CENTRE_OFFICER;

import id.ektp.accounts.RoleRule;
import id.ektp.accounts.RoleRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** The uniqueness check's results and its parked records are the data-centre officer's (domain brief, actors). */
@Component
class UniquenessRoleRules implements RoleRules {

    @Override
    public List<RoleRule> rules() {
        return List.of(
                RoleRule.any("/api/v1/uniqueness/**", DATA_CENTRE_OFFICER),
                RoleRule.any("/api/v1/uniqueness", DATA_CENTRE_OFFICER),
                RoleRule.any("/uniqueness/**", DATA_CENTRE_OFFICER),
                RoleRule.any("/uniqueness", DATA_CENTRE_OFFICER));
    }
}
