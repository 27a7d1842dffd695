package id.ektp.registry;

import id.ektp.registry.regions.RegionLevel;

import java.time.LocalDate;
import java.time.Period;

/** A resident as the registry holds them (biodata, address, family, e-KTP status). */
public record Resident(
        String nik,
        String fullName,
        String birthPlace,
        LocalDate birthDate,
        Sex sex,
        BloodGroup bloodGroup,
        Religion religion,
        MaritalStatus maritalStatus,
        String occupation,
        Citizenship citizenship,
        String itapNumber,
        LocalDate itapExpiry,
        String street,
        String rt,
        String rw,
        String desaCode,
        String kkNumber,
        FamilyRelation familyRelation,
        String phone,
        KtpStatus ktpStatus) {

    public String kecamatanCode() {
        return RegionLevel.parentOf(desaCode);
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** Wajib KTP: must hold a KTP on the given day. */
    public boolean wajibKtpOn(LocalDate day) {
        return WajibKtpRule.applies(birthDate, maritalStatus, citizenship, itapExpiry, day);
    }
}
