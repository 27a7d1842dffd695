package id.ektp.enrollment.scans;

import id.ektp.enrollment.application.Document;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The scans of a regular application's documents over REST: the body is the file itself, its type read from its first bytes. */
@RestController
@RequestMapping("/api/v1/applications/{id}/scans")
@Tag(name = "Applications")
class ScanApi {

    private final DocumentScans scans;

    ScanApi(DocumentScans scans) {
        this.scans = scans;
    }

    @PutMapping(value = "/{document}", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Attach the scan of a document marked seen (PDF, JPEG or PNG, told by its content; a later one replaces it)")
    ResponseEntity<DocumentScan> attach(@PathVariable UUID id, @PathVariable Document document, @RequestBody(required = false) byte[] content) {
        return ResponseEntity.status(HttpStatus.CREATED).body(scans.attach(id, document, content));
    }

    @GetMapping
    @Operation(summary = "The scans of an application of the caller's region")
    List<DocumentScan> list(@PathVariable UUID id) {
        return scans.list(id);
    }

    @GetMapping("/{document}")
    @Operation(summary = "Download a document's scan (an application of the caller's region)")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable Document document) {
        DocumentScans.OpenedScan opened = scans.open(id, document);
        return download(opened);
    }

    static ResponseEntity<byte[]> download(DocumentScans.OpenedScan opened) {
        DocumentScan scan = opened.scan();
        String name = "scan-" + scan.applicationId() + "-" + scan.document().name().toLowerCase() + "."
                + ScanType.ofMediaType(scan.mediaType()).extension();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType(scan.mediaType()))
                .body(opened.content());
    }
}
