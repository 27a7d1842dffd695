package id.ektp.accounts.web;

import id.ektp.accounts.Role;
import id.ektp.accounts.officers.OfficerAccount;
import java.time.Instant;

/** An officer as the API shows it: never the password hash. */
record OfficerView(String username, String fullName, Role role, String regionCode, String officeCode, boolean enabled,
        int failedAttempts, Instant lockedUntil, boolean locked) {

    static OfficerView of(OfficerAccount a) {
        return new OfficerView(a.username(), a.fullName(), a.role(), a.regionCode(), a.officeCode(), a.enabled(),
                a.failedAttempts(), a.lockedUntil(), a.lockedAt(Instant.now()));
    }
}
