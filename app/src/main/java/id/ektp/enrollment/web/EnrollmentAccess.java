package id.ektp.enrollment.web;

import id.ektp.accounts.CurrentOfficer;
import id.ektp.accounts.Officer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what at the service point. An officer sees a kecamatan's campaigns and queue when
 * their region covers it (the Dinas of its kabupaten, its Camat and officers) or lies inside it (an
 * officer of one of its desa); anything else answers 404, as the registry does for residents.
 */
@Component
public class EnrollmentAccess {

    private final CurrentOfficer current;

    EnrollmentAccess(CurrentOfficer current) {
        this.current = current;
    }

    public Officer officer() {
        return current.find().orElseThrow(() -> new AccessDeniedException("no officer is signed in"));
    }

    public static boolean sees(Officer officer, String kecamatanCode) {
        return officer.covers(kecamatanCode) || officer.regionCode().startsWith(kecamatanCode + ".");
    }

    /** The kecamatan an officer of a service point works for: their region must be exactly one kecamatan. */
    public static String kecamatanOf(Officer officer) {
        String region = officer.regionCode();
        if (region.split("\\.").length != 3) {
            throw new AccessDeniedException("the desk is run by officers of one kecamatan, not of region '" + region + "'");
        }
        return region;
    }

    /** The SQL condition that keeps a query to what the officer sees, on a kecamatan column; bind {@code :scope}. */
    public static String scopeCondition(String column) {
        return "(:scope = '' OR " + column + " = :scope OR " + column + " LIKE :scope || '.%' OR :scope LIKE " + column + " || '.%')";
    }
}
