package id.ektp.registry;

import id.ektp.accounts.Officer;
import id.ektp.accounts.Role;
import id.ektp.accounts.security.OfficerPrincipal;

/** Officers to act as in MockMvc tests ({@code with(user(...))}), as the accounts module's principal. */
public final class TestOfficers {

    private TestOfficers() {
    }

    static OfficerPrincipal officer(String username, Role role, String region) {
        return new OfficerPrincipal(new Officer(username, "Test " + username, role, region, "TEST-" + region), "", true, null);
    }
}
