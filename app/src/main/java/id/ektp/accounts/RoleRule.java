package id.ektp.accounts;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which roles may call a path (an Ant-style pattern, e.g. {@code /api/v1/residents/*}), for one HTTP method
 * or all ({@code method} null). Each module publishes its own rules as a {@link RoleRules} bean; the
 * accounts module's security applies all of them before a request reaches a controller.
 */
public record RoleRule(String method, String pattern, Set<Role> roles) {

    public RoleRule {
        roles = Set.copyOf(roles);
    }

    public static RoleRule any(String pattern, Role first, Role... rest) {
        return new RoleRule(null, pattern, EnumSet.of(first, rest));
    }

    /**
     * A path open to callers who are not officers: a service-point station, which proves who it is by what
     * it sends (a packet signed with its key, a one-time code), not by a login. The module's own code
     * checks that proof on every request.
     */
    public static RoleRule open(String method, String pattern) {
        return new RoleRule(method, pattern, Set.of());
    }

    /** True for a path that needs no officer at all (see {@link #open}). */
    public boolean isOpen() {
        return roles.isEmpty();
    }

    public static RoleRule on(String method, String pattern, Role first, Role... rest) {
        return new RoleRule(method, pattern, EnumSet.of(first, rest));
    }

    public boolean isApi() {
        return pattern.startsWith("/api/");
    }
}
