package id.ektp.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be: {@code maxSize} for every request (JSON, forms), {@code maxImportSize}
 * for the region list import, which carries the official list of some 91,000 regions (2.3 MB) and
 * must have room to grow, and {@code maxScanSize} for a scanned document of a regular application. Nothing else the platform takes comes close to a mebibyte, and a limit keeps
 * one request from holding a worker thread and memory for a body it would refuse anyway.
 */
@ConfigurationProperties("ektp.request-body")
public record RequestBodyLimits(DataSize maxSize, DataSize maxImportSize, DataSize maxScanSize) {

    /** The paths whose body is a region list (the API's import and the administration page). */
    static final Set<String> IMPORT_PATHS = Set.of("/api/v1/regions/import", "/admin/regions");
    /** The paths whose body is a document scan of a regular application (the API's and the page's upload). */
    static final Pattern SCAN_PATHS = Pattern.compile("/(api/v1/)?applications/[^/]+/scans(/[^/]+)?");
    /**
     * Central's intake of sealed enrolment packets (ten finger images, the face, both irises and the
     * signature make several megabytes) keeps its own limit ({@code ektp.intake.max-packet-size}) and
     * checks it the same way, the announced length before a byte is read: an oversized packet is a
     * refusal it must audit, which this filter, below the modules, cannot.
     */
    static final String PACKET_PATH = "/api/v1/intake/packets";

    public RequestBodyLimits {
        maxSize = maxSize == null ? DataSize.ofMegabytes(1) : maxSize;
        maxImportSize = maxImportSize == null ? DataSize.ofMegabytes(16) : maxImportSize;
        maxScanSize = maxScanSize == null ? DataSize.ofMegabytes(5) : maxScanSize;
    }

    long limitFor(String path) {
        if (PACKET_PATH.equals(path)) {
            return Long.MAX_VALUE;
        }
        if (IMPORT_PATHS.contains(path)) {
            return maxImportSize.toBytes();
        }
        // A multipart form carries its boundaries and the CSRF field beside the file: a little room for them.
        return (SCAN_PATHS.matcher(path).matches() ? maxScanSize.toBytes() + 16 * 1024 : maxSize.toBytes());
    }
}
