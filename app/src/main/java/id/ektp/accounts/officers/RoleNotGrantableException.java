package id.ektp.accounts.officers;

import id.ektp.accounts.Role;
import org.springframework.security.access.AccessDeniedException;

/** An administrator tried to grant, or to change an account holding, a role beyond their {@link RoleGrants}. */
public class RoleNotGrantableException extends AccessDeniedException {

    public RoleNotGrantableException(Role actorRole, Role role) {
        super("a " + actorRole + " cannot grant the role " + role + " nor change an account holding it");
    }
}
