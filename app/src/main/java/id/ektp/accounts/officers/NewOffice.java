package id.ektp.accounts.officers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A request to open an office. */
public record NewOffice(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9._-]{1,31}", message = "must be 2-32 upper-case letters, digits, '.', '_' or '-'")
        String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull OfficeKind kind,
        @Size(max = 13) String regionCode) {

    public NewOffice {
        regionCode = regionCode == null ? "" : regionCode.trim();
    }
}
