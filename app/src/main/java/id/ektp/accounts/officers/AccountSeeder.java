package id.ektp.accounts.officers;

import id.ektp.accounts.SystemActor;
import id.ektp.accounts.AuditAction;
import id.ektp.accounts.Role;
import id.ektp.accounts.audit.AuditLog;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates offices and officers on behalf of the system itself, where no administrator is signed in
 * yet: the first administrator of a fresh installation, the demo accounts, test fixtures. Existing
 * records are left as they are, so seeding twice changes nothing. Each creation is audited.
 */
@Component
public class AccountSeeder {


    private final OfficeStore offices;
    private final OfficerStore officers;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;

    public AccountSeeder(OfficeStore offices, OfficerStore officers, PasswordEncoder passwordEncoder, AuditLog audit) {
        this.offices = offices;
        this.officers = officers;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    @Transactional
    public boolean ensureOffice(String code, String name, OfficeKind kind, String regionCode) {
        if (offices.find(code).isPresent()) {
            return false;
        }
        offices.insert(new Office(code, name, kind, regionCode));
        audit.record(SystemActor.NAME, SystemActor.ROLE, AuditAction.OFFICE_CREATED, code, kind + " " + regionCode);
        return true;
    }

    @Transactional
    public boolean ensureOfficer(String username, String fullName, Role role, String regionCode, String officeCode,
            String password) {
        if (officers.exists(username)) {
            return false;
        }
        if (!RoleScope.level(role).fits(regionCode)) {
            throw new IllegalArgumentException(role + " needs a " + RoleScope.level(role) + " region, not '" + regionCode + "'");
        }
        officers.insert(new OfficerAccount(username, fullName, role, regionCode, officeCode, passwordEncoder.encode(password),
                true, 0, null), SystemActor.NAME);
        audit.record(SystemActor.NAME, SystemActor.ROLE, AuditAction.OFFICER_CREATED, username,
                "role=" + role + " region=" + (regionCode.isEmpty() ? "national" : regionCode) + " office=" + officeCode);
        return true;
    }

    public boolean anyOfficer() {
        return officers.anyExists();
    }
}
