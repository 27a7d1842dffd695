package id.ektp.accounts.officers;

import id.ektp.accounts.Role;

/**
 * Where each role works: the region level it is scoped to and the kind of office it sits in. Service
 * point staff act in one kecamatan, the Dinas administrator in one kabupaten/kota, central staff
 * nationwide.
 */
public final class RoleScope {

    private RoleScope() {
    }

    public static RegionLevel level(Role role) {
        return switch (role) {
            case SERVICE_OFFICER, OPERATOR, CAMAT, KECAMATAN_OPERATOR -> RegionLevel.KECAMATAN;
            case DINAS_ADMIN -> RegionLevel.KABUPATEN;
            case DATA_CENTRE_OFFICER, ADJUDICATOR, SYSTEM_ADMIN -> RegionLevel.NATIONAL;
        };
    }

    public static OfficeKind officeKind(Role role) {
        return switch (level(role)) {
            case KECAMATAN -> OfficeKind.KECAMATAN_SERVICE_POINT;
            case KABUPATEN -> OfficeKind.DINAS;
            case NATIONAL -> OfficeKind.DATA_CENTRE;
        };
    }
}
