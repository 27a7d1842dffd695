package id.ektp.identification.uniqueness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One record's row in the pipeline: its stage, its retries and what the check found. */
record UniquenessRecord(
        UUID packetId,
        UUID referenceId,
        Stage stage,
        Stage parkedStage,
        int attempts,
        Instant nextAttemptAt,
        String parkedReason,
        String lastError,
        String station,
        String nik,
        String fullName,
        LocalDate dateOfBirth,
        String sex,
        String desaCode,
        String decision,
        String outcome,
        String outcomeReason,
        boolean inGallery,
        Instant receivedAt,
        Instant stageEnteredAt,
        Integer searchMillis) {
}
