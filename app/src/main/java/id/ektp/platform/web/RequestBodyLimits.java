package id.ektp.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import java.util.Set;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be: {@code maxSize} for every request (JSON, forms), {@code maxImportSize}
 * for the region list import, which carries the official list of some 91,000 regions (2.3 MB) and
 * must have room to grow. Nothing else the platform takes comes close to a mebibyte, and a limit keeps
 * one request from holding a worker thread and memory for a body it would refuse anyway.
 */
@ConfigurationProperties("ektp.request-body")
public record RequestBodyLimits(DataSize maxSize, DataSize maxImportSize) {

    /** The paths whose body is a region list (the API's import and the administration page). */
    static final Set<String> IMPORT_PATHS = Set.of("/api/v1/regions/import", "/admin/regions");
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
    }

    long limitFor(String path) {
        if (PACKET_PATH.equals(path)) {
            return Long.MAX_VALUE;
        }
        return (IMPORT_PATHS.contains(path) ? maxImportSize : maxSize).toBytes();
    }
}
