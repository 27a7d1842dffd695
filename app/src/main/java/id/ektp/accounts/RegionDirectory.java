package id.ektp.accounts;

/**
 * Which region codes exist. The registry module provides it (it owns the regions); when no
 * implementation is present, officer administration checks only the shape of a code.
 */
public interface RegionDirectory {

    /** True when the dotted Kemendagri code (any level) names a known region. */
    boolean exists(String dottedRegionCode);

    /** The region's name (SUKASARI, KOTA BANDUNG), for letters and pages; empty when unknown or no directory knows names. */
    default java.util.Optional<String> nameOf(String dottedRegionCode) {
        return java.util.Optional.empty();
    }
}
