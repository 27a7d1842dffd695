package id.ektp.enrollment.summons;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A summons letter over REST: its PDF, and its delivery through the desa/kelurahan. */
@RestController
@RequestMapping("/api/v1/summons")
@Tag(name = "Campaigns")
class SummonsApi {

    record DeliveryReport(@NotNull Delivery delivery) {
    }

    private final Deliveries deliveries;

    SummonsApi(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    /** 404 also while the background batch has not reached the letter yet. */
    @GetMapping(value = "/{id}/letter", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The signed summons letter as an A4 PDF (404 until the batch has made it)")
    ResponseEntity<byte[]> letter(@PathVariable UUID id) {
        return deliveries.letter(id)
                .map(pdf -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("surat-panggilan-" + id + ".pdf").build().toString())
                        .contentType(MediaType.APPLICATION_PDF).body(pdf))
                .orElseThrow(() -> new id.ektp.platform.domain.NotFoundException("summons letter", id.toString()));
    }

    @PutMapping("/{id}/delivery")
    @Operation(summary = "Record what the desa/kelurahan reports for the letter: delivered, not found, moved, deceased")
    Summons delivery(@PathVariable UUID id, @Valid @RequestBody DeliveryReport report) {
        return deliveries.record(id, report.delivery());
    }
}
