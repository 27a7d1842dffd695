package id.ektp.enrollment.scans;

import id.ektp.enrollment.application.Document;
import java.time.Instant;
import java.util.UUID;

/** What is known of a document's scan without opening it: its type (from its first bytes), size, digest, and who attached it. */
public record DocumentScan(UUID applicationId, Document document, String mediaType, int sizeBytes, String sha256, String uploadedBy,
        Instant uploadedAt) {
}
