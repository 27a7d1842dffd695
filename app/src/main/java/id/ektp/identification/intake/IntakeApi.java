package id.ektp.identification.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where stations deliver their sealed packets. Open to callers without a login: the packet's signature by
 * a registered station's certificate is the proof, checked on every packet.
 */
@RestController
@RequestMapping("/api/v1/intake")
@Tag(name = "Intake")
@OnCentral
class IntakeApi {

    static final String PACKET_MEDIA_TYPE = "application/vnd.ektp.packet+cms";

    /** {@code outcome}: RECEIVED the first time, ALREADY_RECEIVED for a resend (nothing changed). */
    record ReceiptView(UUID packetId, String stationId, String outcome, Instant receivedAt, String status) {
        static ReceiptView of(Intake.Receipt r) {
            return new ReceiptView(r.packetId(), r.stationId(), r.firstTime() ? "RECEIVED" : "ALREADY_RECEIVED", r.receivedAt(),
                    r.status().name());
        }
    }

    record StatusesView(java.util.List<StatusRequests.PacketStatus> statuses) {
    }

    private final Intake intake;
    private final StatusRequests statusRequests;
    private final long maxPacketSize;

    IntakeApi(Intake intake, StatusRequests statusRequests, @Value("${ektp.intake.max-packet-size:32MB}") DataSize maxPacketSize) {
        this.intake = intake;
        this.statusRequests = statusRequests;
        this.maxPacketSize = maxPacketSize.toBytes();
    }

    @PostMapping(path = "/packets", consumes = {PACKET_MEDIA_TYPE, "application/octet-stream"})
    @Operation(summary = "Deliver a sealed enrolment packet (CMS SignedData inside EnvelopedData, DER); 201 the first time, 200 for a resend")
    @ApiResponse(responseCode = "201", description = "Received and stored")
    @ApiResponse(responseCode = "200", description = "Held already with the same content: nothing changed")
    @ApiResponse(responseCode = "422", description = "Refused: malformed, tampered, not for central, or signed by an unknown, revoked or other station",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "409", description = "The packet ID is held with other content (a replay)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @ApiResponse(responseCode = "413", description = "Larger than intake takes",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<ReceiptView> deliver(HttpServletRequest request) throws IOException {
        Intake.Receipt receipt = intake.accept(body(request));
        ReceiptView view = ReceiptView.of(receipt);
        return receipt.firstTime()
                ? ResponseEntity.created(URI.create("/api/v1/intake/packets/" + receipt.packetId())).body(view)
                : ResponseEntity.ok(view);
    }

    @PostMapping(path = "/statuses", consumes = {"application/pkcs7-mime", "application/octet-stream"})
    @Operation(summary = "A station's signed request (CMS SignedData over {station, signedAt, packetIds}); the statuses of its own packets")
    @ApiResponse(responseCode = "422", description = "Not signed by an active station, stale, or malformed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    StatusesView statuses(@org.springframework.web.bind.annotation.RequestBody byte[] signedRequest) {
        return new StatusesView(statusRequests.answer(signedRequest));
    }

    /** The body, refused before it is read when it announces more than the limit, and cut off at it when it does not. */
    private byte[] body(HttpServletRequest request) throws IOException {
        long announced = request.getContentLengthLong();
        if (announced > maxPacketSize) {
            throw intake.tooLarge(announced, maxPacketSize);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(announced > 0 ? (int) announced : 64 * 1024);
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = request.getInputStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (out.size() + n > maxPacketSize) {
                    throw intake.tooLarge(out.size() + (long) n, maxPacketSize);
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }
}
