package id.ektp.accounts.officers;

import id.ektp.accounts.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A request to open an officer account. */
public record NewOfficer(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "{problem.officer.usernamePattern}")
        String username,
        @NotBlank @Size(max = 200) String fullName,
        @NotNull Role role,
        @Size(max = 13) String regionCode,
        @NotBlank @Size(max = 32) String officeCode,
        @NotNull @Size(min = 10, max = 128, message = "{problem.password.size}") String password) {

    public NewOfficer {
        regionCode = regionCode == null ? "" : regionCode.trim();
    }
}
