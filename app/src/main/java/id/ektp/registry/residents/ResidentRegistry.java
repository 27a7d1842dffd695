package id.ektp.registry.residents;

import id.ektp.registry.ResidentNotFoundException;
import id.ektp.registry.Citizenship;
import id.ektp.registry.KtpStatus;
import id.ektp.registry.RegistryException;
import id.ektp.registry.Resident;
import id.ektp.registry.ResidentRegistered;
import id.ektp.registry.Residents;
import id.ektp.registry.Sex;
import id.ektp.registry.numbering.InvalidNikException;
import id.ektp.registry.numbering.Nik;
import id.ektp.registry.numbering.NikRules;
import id.ektp.registry.numbering.NumberIssuer;
import id.ektp.registry.regions.Region;
import id.ektp.registry.regions.RegionCatalog;
import id.ektp.registry.regions.RegionLevel;

import id.ektp.accounts.SystemActor;
import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.accounts.Officer;
import id.ektp.platform.domain.ConflictException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering, reading, correcting and removing residents, each inside the signed-in officer's region,
 * each kept in the resident's history and the audit trail in the same transaction.
 */
@Service
public class ResidentRegistry implements Residents {

    /** Who the history names when the platform itself acts (no officer signed in). */

    private final ResidentStore store;
    private final ResidentHistory history;
    private final RegionCatalog regions;
    private final NikRules nikRules;
    private final NumberIssuer numbers;
    private final RegistryAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResidentRegistry(ResidentStore store, ResidentHistory history, RegionCatalog regions, NikRules nikRules,
            NumberIssuer numbers, RegistryAccess access, AuditTrail audit, ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.store = store;
        this.history = history;
        this.regions = regions;
        this.nikRules = nikRules;
        this.numbers = numbers;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Transactional
    public Resident register(ResidentData data) {
        Officer officer = access.mayChangeResidentsIn(data.desaCode());
        Region desa = regions.require("desaCode", data.desaCode(), RegionLevel.DESA_KELURAHAN);
        checkDates(data);
        checkForeigner(data);
        Nik nik;
        if (data.nik() == null || data.nik().isBlank()) {
            nik = numbers.issueNik(RegionLevel.parentOf(desa.code()), data.birthDate(), data.sex());
        } else {
            nik = nikRules.validate("nik", data.nik());
            // The region comes before the register is asked: another kecamatan's NIK is refused alike
            // whether or not it is taken, so the answer tells nothing about residents outside the region.
            access.mayChangeResidentsIn(nik.kecamatanCode());
            if (!nik.fits(data.birthDate(), data.sex())) {
                throw new InvalidNikException("nik", "digits 7-12 (" + nik.value().substring(6, 12)
                        + ") do not match the birth date and sex (" + Nik.datePart(data.birthDate(), data.sex()) + ")");
            }
            // Noting the NIK locks its prefix's counter row until commit, so concurrent registrations of
            // one NIK queue here and each later one sees the first one's resident.
            numbers.noteNik(nik);
            if (store.exists(nik.value())) {
                throw new ConflictException("NIK " + nik + " is already registered");
            }
        }
        String kk = familyFor(data, desa, officer);
        Resident resident = toResident(nik.value(), data, kk, KtpStatus.NONE);
        store.insert(resident);
        history.record(resident.nik(), officer.username(), "record", null, "registered");
        audit.record(AuditAction.RESIDENT_REGISTERED, resident.nik(), "kk=" + kk + " desa=" + resident.desaCode());
        events.publishEvent(new ResidentRegistered(resident.nik(), kk, resident.desaCode()));
        return resident;
    }

    @Transactional
    public Resident update(String nik, ResidentData data) {
        Resident before = visibleForUpdate(nik);
        access.mayChangeResidentsIn(before.desaCode());
        Officer officer = access.mayChangeResidentsIn(data.desaCode());
        if (data.nik() != null && !data.nik().isBlank() && !data.nik().equals(nik)) {
            throw new InvalidNikException("nik", "a NIK never changes");
        }
        regions.require("desaCode", data.desaCode(), RegionLevel.DESA_KELURAHAN);
        checkDates(data);
        checkForeigner(data);
        String kk = data.kkNumber() == null || data.kkNumber().isBlank() ? before.kkNumber() : data.kkNumber();
        if (!kk.equals(before.kkNumber())) {
            requireFamilyInRegion(kk, officer);
        }
        Resident after = toResident(nik, data, kk, before.ktpStatus());
        List<String> changed = history.recordChanges(before, after, officer.username());
        if (!changed.isEmpty()) {
            store.update(after);
            audit.record(AuditAction.RESIDENT_CORRECTED, nik, "fields=" + String.join(",", changed));
        }
        return after;
    }

    /** Removes a record entered by mistake; its history stays. A resident with an e-KTP is never removed. */
    @Transactional
    public void delete(String nik) {
        Resident resident = visibleForUpdate(nik);
        Officer officer = access.mayChangeResidentsIn(resident.desaCode());
        if (resident.ktpStatus() != KtpStatus.NONE) {
            throw new RegistryException("nik", "a resident with an e-KTP (" + resident.ktpStatus() + ") cannot be removed");
        }
        store.delete(nik);
        history.record(nik, officer.username(), "record", "registered", "removed");
        audit.record(AuditAction.RESIDENT_DELETED, nik, "name=" + resident.fullName());
    }

    /** The resident, if inside the officer's region; the read is audited. */
    @Transactional
    public Resident get(String nik) {
        Officer officer = access.officer();
        Resident resident = store.find(nik).filter(r -> officer.covers(r.desaCode()))
                .orElseThrow(() -> new ResidentNotFoundException(nik));
        audit.read(AuditAction.RESIDENT_READ, nik);
        return resident;
    }

    @Transactional
    public List<ResidentHistory.Entry> historyOf(String nik) {
        get(nik);
        return history.of(nik);
    }

    @Transactional
    public List<Resident> family(String kkNumber) {
        Officer officer = access.officer();
        requireFamilyInRegion(kkNumber, officer);
        List<Resident> members = store.family(kkNumber).stream().filter(r -> officer.covers(r.desaCode())).toList();
        audit.read(AuditAction.FAMILY_READ, kkNumber);
        return members;
    }

    /** Opens a new family card (KK) for a desa: the next KK number of its kecamatan for today. */
    @Transactional
    public String openFamily(String desaCode) {
        Officer officer = access.mayChangeResidentsIn(desaCode);
        Region desa = regions.require("desaCode", desaCode, RegionLevel.DESA_KELURAHAN);
        LocalDate today = LocalDate.now(clock);
        String kk = numbers.issueKk(RegionLevel.parentOf(desa.code()), today);
        store.insertFamily(kk, desa.code(), today);
        audit.record(AuditAction.FAMILY_CREATED, kk, "desa=" + desa.code() + " by=" + officer.username());
        return kk;
    }

    /** Reserves the next free NIK of a kecamatan for a birth date and sex (e.g. for a newborn). */
    @Transactional
    public Nik reserveNik(String kecamatanCode, LocalDate birthDate, Sex sex) {
        Officer officer = access.mayChangeResidentsIn(kecamatanCode);
        regions.require("kecamatanCode", kecamatanCode, RegionLevel.KECAMATAN);
        ResidentDates.checkBirthDate("birthDate", birthDate, LocalDate.now(clock));
        Nik nik = numbers.issueNik(kecamatanCode, birthDate, sex);
        audit.record(AuditAction.NIK_ISSUED, nik.value(), "by=" + officer.username());
        return nik;
    }

    @Override
    @Transactional
    public Optional<Resident> findByNik(String nik) {
        try {
            return Optional.of(get(nik));
        } catch (ResidentNotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * {@inheritDoc} Called in a request, the officer's region applies; called by a later module's own
     * process (an event listener inside {@link SystemActor#run}), it acts as the system and is recorded as
     * such; with neither, it is refused.
     */
    @Override
    @Transactional
    public void markKtpStatus(String nik, KtpStatus status) {
        moveKtpStatus(nik, EnumSet.allOf(KtpStatus.class), status);
    }

    @Override
    @Transactional
    public boolean moveKtpStatus(String nik, Set<KtpStatus> from, KtpStatus status) {
        Optional<Officer> officer = access.officerOrSystem();
        Resident before = store.lock(nik).filter(r -> officer.map(o -> o.covers(r.desaCode())).orElse(true))
                .orElseThrow(() -> new ResidentNotFoundException(nik));
        if (before.ktpStatus() == status) {
            return true;
        }
        if (!from.contains(before.ktpStatus())) {
            return false;
        }
        Resident after = withStatus(before, status);
        history.recordChanges(before, after, officer.map(Officer::username).orElse(SystemActor.NAME));
        store.update(after);
        audit.record(AuditAction.KTP_STATUS_CHANGED, nik, "ktpStatus=" + status);
        return true;
    }

    private Resident visibleForUpdate(String nik) {
        Officer officer = access.officer();
        return store.lock(nik).filter(r -> officer.covers(r.desaCode()))
                .orElseThrow(() -> new ResidentNotFoundException(nik));
    }

    private String familyFor(ResidentData data, Region desa, Officer officer) {
        if (data.kkNumber() != null && !data.kkNumber().isBlank()) {
            requireFamilyInRegion(data.kkNumber(), officer);
            return data.kkNumber();
        }
        return openFamily(desa.code());
    }

    private void requireFamilyInRegion(String kk, Officer officer) {
        store.familyDesa(kk).filter(officer::covers)
                .orElseThrow(() -> new RegistryException("kkNumber", "no family card " + kk + " in your region"));
    }

    private void checkDates(ResidentData data) {
        LocalDate today = LocalDate.now(clock);
        ResidentDates.checkBirthDate("birthDate", data.birthDate(), today);
        if (data.itapExpiry() != null) {
            ResidentDates.checkItapExpiry("itapExpiry", data.itapExpiry(), data.birthDate(), today);
        }
    }

    private void checkForeigner(ResidentData data) {
        if (data.citizenship() == Citizenship.WNA) {
            if (data.itapNumber() == null || data.itapNumber().isBlank()) {
                throw new RegistryException("itapNumber", "a foreigner (WNA) needs the number of their permanent stay permit (ITAP)");
            }
            if (data.itapExpiry() == null) {
                throw new RegistryException("itapExpiry", "a foreigner (WNA) needs the expiry date of their ITAP");
            }
        } else if ((data.itapNumber() != null && !data.itapNumber().isBlank()) || data.itapExpiry() != null) {
            throw new RegistryException("itapNumber", "only a foreigner (WNA) has an ITAP");
        }
    }

    private static Resident toResident(String nik, ResidentData d, String kk, KtpStatus status) {
        return new Resident(nik, d.fullName().strip().toUpperCase(), d.birthPlace().strip().toUpperCase(), d.birthDate(),
                d.sex(), d.bloodGroup(), d.religion(), d.maritalStatus(), d.occupation().strip().toUpperCase(),
                d.citizenship(), blankToNull(d.itapNumber()), d.itapExpiry(), d.street().strip(), d.rt(), d.rw(),
                d.desaCode(), kk, d.familyRelation(), blankToNull(d.phone()), status);
    }

    private static Resident withStatus(Resident r, KtpStatus status) {
        return new Resident(r.nik(), r.fullName(), r.birthPlace(), r.birthDate(), r.sex(), r.bloodGroup(), r.religion(),
                r.maritalStatus(), r.occupation(), r.citizenship(), r.itapNumber(), r.itapExpiry(), r.street(), r.rt(),
                r.rw(), r.desaCode(), r.kkNumber(), r.familyRelation(), r.phone(), status);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
