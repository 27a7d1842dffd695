package id.ektp.enrollment.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Set;

/** What the service officer enters: the NIK, the reason, the documents seen, and for a first card the marriage day if any. */
public record SubmitApplication(@NotNull @Pattern(regexp = "\\d{16}", message = "a NIK has 16 digits") String nik,
        @NotNull Reason reason, Set<Document> documents, LocalDate eventDay) {

    public Set<Document> documentsSeen() {
        return documents == null ? Set.of() : documents;
    }
}
