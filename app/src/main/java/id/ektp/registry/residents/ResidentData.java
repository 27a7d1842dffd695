package id.ektp.registry.residents;

import id.ektp.registry.BloodGroup;
import id.ektp.registry.Citizenship;
import id.ektp.registry.FamilyRelation;
import id.ektp.registry.MaritalStatus;
import id.ektp.registry.Religion;
import id.ektp.registry.Sex;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What an officer enters for a resident. {@code nik} is left empty to have one issued (or given for
 * a resident who already has one); {@code kkNumber} is left empty to open a new family card.
 */
public record ResidentData(
        @Pattern(regexp = "\\d{16}", message = "a NIK has exactly 16 digits") String nik,
        @NotBlank @Size(max = 100) @Pattern(regexp = "[\\p{L} .,'-]+", message = "letters, spaces and . , ' - only") String fullName,
        @NotBlank @Size(max = 60) String birthPlace,
        @NotNull @PastOrPresent LocalDate birthDate,
        @NotNull Sex sex,
        @NotNull BloodGroup bloodGroup,
        @NotNull Religion religion,
        @NotNull MaritalStatus maritalStatus,
        @NotBlank @Size(max = 60) String occupation,
        @NotNull Citizenship citizenship,
        @Size(max = 30) String itapNumber,
        LocalDate itapExpiry,
        @NotBlank @Size(max = 120) String street,
        @NotNull @Pattern(regexp = "\\d{3}", message = "RT has 3 digits, e.g. 001") String rt,
        @NotNull @Pattern(regexp = "\\d{3}", message = "RW has 3 digits, e.g. 004") String rw,
        @NotNull @Pattern(regexp = "\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}", message = "a desa/kelurahan code such as 32.73.01.1001") String desaCode,
        @Pattern(regexp = "\\d{16}", message = "a KK number has exactly 16 digits") String kkNumber,
        @NotNull FamilyRelation familyRelation,
        @Pattern(regexp = "\\+?\\d{8,15}", message = "a phone number of 8 to 15 digits, e.g. 081234567890") String phone) {
}
