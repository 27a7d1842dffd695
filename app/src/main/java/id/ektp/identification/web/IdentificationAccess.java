package id.ektp.identification.web;

import id.ektp.accounts.CurrentOfficer;
import id.ektp.accounts.Officer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who acts at central, for the module's own checks (roles are checked on the path by {@link IdentificationRoleRules}). */
@Component
public class IdentificationAccess {

    private final CurrentOfficer current;

    IdentificationAccess(CurrentOfficer current) {
        this.current = current;
    }

    public Officer officer() {
        return current.find().orElseThrow(() -> new AccessDeniedException("no officer is signed in"));
    }
}
