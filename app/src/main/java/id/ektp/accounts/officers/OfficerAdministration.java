package id.ektp.accounts.officers;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.accounts.CurrentOfficer;
import id.ektp.accounts.Officer;
import id.ektp.accounts.RegionDirectory;
import id.ektp.accounts.Role;
import id.ektp.platform.domain.ConflictException;
import id.ektp.platform.domain.FieldProblem;
import id.ektp.platform.domain.InvalidInputException;
import id.ektp.platform.domain.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening and changing officer accounts and offices. The system administrator manages everyone; a
 * Dinas administrator manages only the officers of their own kabupaten/kota and grants only the roles
 * {@link RoleGrants} allows; nobody else manages officers. Each officer's region must fit their role
 * (kecamatan, kabupaten/kota or national) and their office must be of the matching kind in that same
 * region. Every change is audited.
 */
@Service
public class OfficerAdministration {

    private final OfficerStore officers;
    private final OfficeStore offices;
    private final PasswordEncoder passwordEncoder;
    private final CurrentOfficer currentOfficer;
    private final AuditTrail audit;
    private final ObjectProvider<RegionDirectory> regions;

    public OfficerAdministration(OfficerStore officers, OfficeStore offices, PasswordEncoder passwordEncoder,
            CurrentOfficer currentOfficer, AuditTrail audit, ObjectProvider<RegionDirectory> regions) {
        this.officers = officers;
        this.offices = offices;
        this.passwordEncoder = passwordEncoder;
        this.currentOfficer = currentOfficer;
        this.audit = audit;
        this.regions = regions;
    }

    /** The officers the current administrator may see: everyone, or those of their kabupaten/kota. */
    @Transactional(readOnly = true)
    public List<OfficerAccount> visibleOfficers() {
        return officers.within(managedRegion(currentOfficer.get()));
    }

    @Transactional(readOnly = true)
    public OfficerAccount officer(String username) {
        Officer actor = currentOfficer.get();
        OfficerAccount account = officers.find(username).orElseThrow(() -> new NotFoundException("officer", username));
        if (!mayManage(actor, account.regionCode())) {
            // Outside the administrator's region the account is reported as absent, not as forbidden.
            throw new NotFoundException("officer", username);
        }
        return account;
    }

    @Transactional(readOnly = true)
    public List<Office> visibleOffices() {
        return offices.within(managedRegion(currentOfficer.get()));
    }

    @Transactional
    public OfficerAccount create(NewOfficer request) {
        Officer actor = currentOfficer.get();
        checkManages(actor, request.regionCode());
        checkGrants(actor, request.role());
        checkAssignment(request.role(), request.regionCode(), request.officeCode());
        if (officers.exists(request.username())) {
            throw new ConflictException("username " + request.username() + " is already taken");
        }
        OfficerAccount account = new OfficerAccount(request.username(), request.fullName().trim(), request.role(),
                request.regionCode(), request.officeCode(), passwordEncoder.encode(request.password()), true, 0, null);
        try {
            officers.insert(account, actor.username());
        } catch (DuplicateKeyException e) {
            // Taken by a concurrent request after the check above.
            throw new ConflictException("username " + request.username() + " is already taken");
        }
        audit.record(AuditAction.OFFICER_CREATED, account.username(), assignment(account.role(), account.regionCode(),
                account.officeCode(), true));
        return account;
    }

    @Transactional
    public OfficerAccount change(String username, OfficerChange change) {
        Officer actor = currentOfficer.get();
        OfficerAccount before = officer(username);
        checkManages(actor, change.regionCode());
        checkGrants(actor, before.role());
        checkGrants(actor, change.role());
        if (actor.username().equals(username) && (change.role() != before.role() || !change.enabled())) {
            throw new InvalidInputException("role", "problem.officer.ownRole",
                    "administrators cannot change their own role or disable themselves");
        }
        checkAssignment(change.role(), change.regionCode(), change.officeCode());
        officers.updateAssignment(username, change.fullName().trim(), change.role(), change.regionCode(), change.officeCode(),
                change.enabled());
        audit.record(AuditAction.OFFICER_CHANGED, username,
                "from " + assignment(before.role(), before.regionCode(), before.officeCode(), before.enabled())
                        + " to " + assignment(change.role(), change.regionCode(), change.officeCode(), change.enabled()));
        return officers.find(username).orElseThrow();
    }

    @Transactional
    public OfficerAccount unlock(String username) {
        OfficerAccount account = officer(username);
        checkGrants(currentOfficer.get(), account.role());
        officers.clearFailures(username);
        audit.record(AuditAction.OFFICER_UNLOCKED, username, "failures in a row were " + account.failedAttempts());
        return officers.find(username).orElseThrow();
    }

    /** The signed-in officer changes their own password; the current one must be given. */
    @Transactional
    public void changeOwnPassword(PasswordChange change) {
        Officer actor = currentOfficer.get();
        OfficerAccount account = officers.find(actor.username()).orElseThrow(() -> new NotFoundException("officer", actor.username()));
        if (!passwordEncoder.matches(change.currentPassword(), account.passwordHash())) {
            throw new InvalidInputException("currentPassword", "problem.password.notCurrent", "is not your current password");
        }
        if (change.newPassword().equals(change.currentPassword())) {
            throw new InvalidInputException("newPassword", "problem.password.same", "must differ from the current password");
        }
        officers.updatePasswordHash(actor.username(), passwordEncoder.encode(change.newPassword()));
        int revoked = officers.revokeTokens(actor.username());
        audit.record(AuditAction.PASSWORD_CHANGED, actor.username(), "api tokens revoked: " + revoked);
    }

    @Transactional
    public Office createOffice(NewOffice request) {
        Officer actor = currentOfficer.get();
        RegionLevel level = switch (request.kind()) {
            case KECAMATAN_SERVICE_POINT -> RegionLevel.KECAMATAN;
            case DINAS -> RegionLevel.KABUPATEN;
            case DATA_CENTRE -> RegionLevel.NATIONAL;
        };
        List<FieldProblem> problems = new ArrayList<>();
        regionProblem(level, request.regionCode()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (offices.find(request.code()).isPresent()) {
            throw new ConflictException("office code " + request.code() + " is already taken");
        }
        Office office = new Office(request.code(), request.name().trim(), request.kind(), request.regionCode());
        try {
            offices.insert(office);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("office code " + request.code() + " is already taken");
        }
        audit.record(AuditAction.OFFICE_CREATED, office.code(), office.kind() + " " + office.regionCode());
        return office;
    }

    /** True when {@code actor} may manage officers of the given region. */
    public static boolean mayManage(Officer actor, String regionCode) {
        return switch (actor.role()) {
            case SYSTEM_ADMIN -> true;
            case DINAS_ADMIN -> !regionCode.isEmpty() && actor.covers(regionCode);
            default -> false;
        };
    }

    private static String managedRegion(Officer actor) {
        return switch (actor.role()) {
            case SYSTEM_ADMIN -> "";
            case DINAS_ADMIN -> actor.regionCode();
            default -> throw new AccessDeniedException("only administrators manage officers");
        };
    }

    /** The roles the current administrator may grant (all that the administration page offers). */
    public List<Role> grantableRoles() {
        return RoleGrants.grantableBy(currentOfficer.get());
    }

    private static void checkGrants(Officer actor, Role role) {
        if (!RoleGrants.mayGrant(actor, role)) {
            throw new RoleNotGrantableException(actor.role(), role);
        }
    }

    private static void checkManages(Officer actor, String regionCode) {
        managedRegion(actor);
        if (!mayManage(actor, regionCode)) {
            throw new AccessDeniedException("officers of region '" + regionCode + "' are outside your region");
        }
    }

    private void checkAssignment(Role role, String regionCode, String officeCode) {
        List<FieldProblem> problems = new ArrayList<>();
        regionProblem(RoleScope.level(role), regionCode).ifPresent(problems::add);
        Optional<Office> office = offices.find(officeCode);
        if (office.isEmpty()) {
            problems.add(FieldProblem.of("officeCode", "problem.officer.noOffice", "no office with code " + officeCode, officeCode));
        } else if (office.get().kind() != RoleScope.officeKind(role)) {
            problems.add(FieldProblem.of("officeCode", "problem.officer.officeKind", "a " + role + " works in a "
                    + RoleScope.officeKind(role) + " office, not a " + office.get().kind(),
                    resolvable("role." + role), resolvable("office.kind." + RoleScope.officeKind(role)),
                    resolvable("office.kind." + office.get().kind())));
        } else if (!office.get().regionCode().equals(regionCode)) {
            problems.add(FieldProblem.of("officeCode", "problem.officer.officeRegion", "office " + officeCode
                    + " serves region '" + office.get().regionCode() + "', not '" + regionCode + "'",
                    officeCode, office.get().regionCode(), regionCode));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private Optional<FieldProblem> regionProblem(RegionLevel level, String regionCode) {
        if (!level.fits(regionCode)) {
            return Optional.of(FieldProblem.of("regionCode", "problem.officer.regionLevel." + level, "must be a "
                    + level.name().toLowerCase() + " code such as " + level.example()));
        }
        RegionDirectory directory = regions.getIfAvailable();
        if (!regionCode.isEmpty() && directory != null && !directory.exists(regionCode)) {
            return Optional.of(FieldProblem.of("regionCode", "problem.officer.unknownRegion", "unknown region " + regionCode,
                    regionCode));
        }
        return Optional.empty();
    }

    private static DefaultMessageSourceResolvable resolvable(String code) {
        return new DefaultMessageSourceResolvable(code);
    }

    private static String assignment(Role role, String regionCode, String officeCode, boolean enabled) {
        return "role=" + role + " region=" + (regionCode.isEmpty() ? "national" : regionCode) + " office=" + officeCode
                + (enabled ? "" : " disabled");
    }
}
