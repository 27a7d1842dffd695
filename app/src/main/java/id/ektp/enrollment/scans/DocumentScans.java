package id.ektp.enrollment.scans;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.accounts.Officer;
import id.ektp.enrollment.application.Application;
import id.ektp.enrollment.application.Applications;
import id.ektp.enrollment.application.Document;
import id.ektp.enrollment.web.EnrollmentAccess;
import id.ektp.platform.domain.InvalidInputException;
import id.ektp.platform.domain.NotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The scans an officer attaches to the documents of a regular application (seed 002): only to a
 * document marked seen, only PDF, JPEG or PNG by their first bytes, at most {@code ektp.request-body.max-scan-size};
 * sealed at rest ({@link ScanVault}) and given out only to an officer who sees the application: one of
 * another region gets 404, as for the application itself. Each refusal is audited and stores nothing.
 */
@Service
public class DocumentScans {

    /** A scan opened for download: what it is and its bytes. */
    public record OpenedScan(DocumentScan scan, byte[] content) {
    }

    private final Applications applications;
    private final ScanStore store;
    private final ScanVault vault;
    private final EnrollmentAccess access;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final long maxBytes;
    private final Clock clock;

    DocumentScans(Applications applications, ScanStore store, ScanVault vault, EnrollmentAccess access, AuditTrail audit,
            TransactionTemplate transactions, @Value("${ektp.request-body.max-scan-size:5MB}") DataSize maxSize, Optional<Clock> clock) {
        this.applications = applications;
        this.store = store;
        this.vault = vault;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
        this.maxBytes = maxSize.toBytes();
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public DocumentScan attach(UUID applicationId, Document document, byte[] content) {
        Officer officer = access.officer();
        Application application = visible(applicationId);
        if (!application.documents().contains(document)) {
            throw refused(applicationId, document, "not-seen", new InvalidInputException("document", "problem.scan.notSeen",
                    "a scan is attached to a document marked seen; " + document + " is not", document.name()));
        }
        if (content == null || content.length == 0) {
            throw refused(applicationId, document, "empty", new InvalidInputException("file", "problem.scan.empty", "the scan is empty"));
        }
        if (content.length > maxBytes) {
            throw refused(applicationId, document, "too-large", new InvalidInputException("file", "problem.scan.tooLarge",
                    "a scan is at most " + DataSize.ofBytes(maxBytes).toMegabytes() + " MB", DataSize.ofBytes(maxBytes).toMegabytes()));
        }
        ScanType type = ScanType.of(content).orElseThrow(() -> refused(applicationId, document, "type", new InvalidInputException("file",
                "problem.scan.type", "a scan is a PDF, JPEG or PNG file (told by its content, not its name)")));
        DocumentScan scan = new DocumentScan(applicationId, document, type.mediaType(), content.length, sha256(content),
                officer.username(), clock.instant());
        byte[] sealed = vault.seal(applicationId, document.name(), content);
        transactions.executeWithoutResult(s -> {
            store.save(scan, application.kecamatanCode(), sealed);
            audit.record(AuditAction.APPLICATION_SCAN_ATTACHED, applicationId.toString(), "{\"document\":\"" + document
                    + "\",\"type\":\"" + type.mediaType() + "\",\"bytes\":" + content.length + ",\"sha256\":\"" + scan.sha256() + "\"}");
        });
        return scan;
    }

    /** The scans of an application the officer sees. */
    public List<DocumentScan> list(UUID applicationId) {
        visible(applicationId);
        return store.list(applicationId);
    }

    public OpenedScan open(UUID applicationId, Document document) {
        visible(applicationId);
        DocumentScan scan = store.find(applicationId, document)
                .orElseThrow(() -> new NotFoundException("scan", applicationId + "/" + document));
        byte[] content = vault.open(applicationId, document.name(), store.sealed(applicationId, document).orElseThrow());
        transactions.executeWithoutResult(s -> audit.read(AuditAction.APPLICATION_SCAN_READ, applicationId + "/" + document));
        return new OpenedScan(scan, content);
    }

    /** The application when the officer sees it; otherwise 404 (audited by the module's 404 answer, as every such probe). */
    private Application visible(UUID applicationId) {
        return applications.get(applicationId);
    }

    private RuntimeException refused(UUID applicationId, Document document, String reason, RuntimeException refusal) {
        audit.record(AuditAction.APPLICATION_SCAN_REFUSED, applicationId.toString(),
                "{\"document\":\"" + document + "\",\"reason\":\"" + reason + "\"}");
        return refusal;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
