package id.ektp.accounts.officers;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An officer changing their own password: the current one proves it is them. */
public record PasswordChange(
        @NotNull @Size(max = 128) String currentPassword,
        @NotNull @Size(min = 10, max = 128, message = "{problem.password.size}") String newPassword) {
}
