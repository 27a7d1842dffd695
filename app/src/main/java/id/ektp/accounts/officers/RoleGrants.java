package id.ektp.accounts.officers;

import id.ektp.accounts.Officer;
import id.ektp.accounts.Role;
import java.util.Arrays;
import java.util.List;

/**
 * Which roles an administrator may hand out. The system administrator grants every role. A Dinas
 * administrator staffs the service points of their kabupaten/kota and so grants only the kecamatan
 * roles; a Dinas or national role would let them raise an account to their own rank or above, which
 * is the system administrator's decision. The same rule covers the accounts they may change: one
 * holding a role they could not grant (a fellow Dinas administrator) is not theirs to change.
 */
public final class RoleGrants {

    private RoleGrants() {
    }

    public static boolean mayGrant(Officer actor, Role role) {
        return switch (actor.role()) {
            case SYSTEM_ADMIN -> true;
            case DINAS_ADMIN -> RoleScope.level(role) == RegionLevel.KECAMATAN;
            default -> false;
        };
    }

    /** The roles {@code actor} may grant, in the enum's order (for the administration page's choice). */
    public static List<Role> grantableBy(Officer actor) {
        return Arrays.stream(Role.values()).filter(role -> mayGrant(actor, role)).toList();
    }
}
