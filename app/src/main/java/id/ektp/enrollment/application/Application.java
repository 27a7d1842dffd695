package id.ektp.enrollment.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A regular application at the desk: who, why, the documents seen, the fine owed, and when it is due. */
public record Application(UUID id, String nik, String fullName, String kecamatanCode, String officeCode, Reason reason,
        Set<Document> documents, int fineRupiah, String fineReason, String submittedBy, Instant submittedAt, LocalDate submittedOn,
        LocalDate dueOn, String status) {
}
