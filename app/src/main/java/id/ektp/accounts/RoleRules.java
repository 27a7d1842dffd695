package id.ektp.accounts;

import java.util.List;

/**
 * A module's role rules for its API and pages. Role checks are made in one place, on the request's path
 * and method, before the body is read (see docs/accounts.md, "Authorisation"); whether the officer's
 * region covers the record stays the module's own domain check.
 */
public interface RoleRules {

    List<RoleRule> rules();
}
