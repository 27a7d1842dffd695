package id.ektp.accounts.officers;

import id.ektp.accounts.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A change of an officer's name, role, region, office or enabled state (all fields, as PUT). */
public record OfficerChange(
        @NotBlank @Size(max = 200) String fullName,
        @NotNull Role role,
        @Size(max = 13) String regionCode,
        @NotBlank @Size(max = 32) String officeCode,
        @NotNull Boolean enabled) {

    public OfficerChange {
        regionCode = regionCode == null ? "" : regionCode.trim();
    }
}
