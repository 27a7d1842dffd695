package id.ektp.accounts;

/**
 * An officer as the other modules see them: who they are, their role, and the region they may act
 * in. {@code regionCode} is a dotted Kemendagri code (a province {@code 32}, a kabupaten/kota
 * {@code 32.71}, a kecamatan {@code 32.71.01}); an empty code means the whole country (central staff).
 */
public record Officer(String username, String fullName, Role role, String regionCode, String officeCode) {

    public Officer {
        regionCode = regionCode == null ? "" : regionCode;
    }

    /** True when the given dotted region code (of any level) lies inside this officer's region. */
    public boolean covers(String dottedRegionCode) {
        if (regionCode.isEmpty()) {
            return true;
        }
        return dottedRegionCode != null
                && (dottedRegionCode.equals(regionCode) || dottedRegionCode.startsWith(regionCode + "."));
    }

    public boolean isNational() {
        return regionCode.isEmpty();
    }
}
