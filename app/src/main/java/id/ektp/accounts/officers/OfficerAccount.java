package id.ektp.accounts.officers;

import id.ektp.accounts.Officer;
import id.ektp.accounts.Role;
import java.time.Instant;

/** An officer's stored account: the officer plus what only login needs (hash, lock-out state). */
public record OfficerAccount(
        String username,
        String fullName,
        Role role,
        String regionCode,
        String officeCode,
        String passwordHash,
        boolean enabled,
        int failedAttempts,
        Instant lockedUntil) {

    public Officer officer() {
        return new Officer(username, fullName, role, regionCode, officeCode);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
