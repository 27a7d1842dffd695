package id.ektp.accounts.officers;

import id.ektp.accounts.Role;
import org.springframework.security.access.AccessDeniedException;

/** An administrator tried to grant, or to change an account holding, a role beyond their {@link RoleGrants}. */
public class RoleNotGrantableException extends AccessDeniedException {

    private final Role role;

    public RoleNotGrantableException(Role actorRole, Role role) {
        super("a " + actorRole + " cannot grant the role " + role + " nor change an account holding it");
        this.role = role;
    }

    /** The role that may not be granted (or whose holder may not be changed). */
    public Role role() {
        return role;
    }
}
