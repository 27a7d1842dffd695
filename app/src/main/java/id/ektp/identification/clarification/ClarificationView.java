package id.ektp.identification.clarification;

import id.ektp.packet.Demographics;
import id.ektp.packet.EnrolmentPacket;
import java.time.Instant;
import java.util.UUID;

/** A task with both records side by side, as the Dinas and the kecamatan see them. */
public record ClarificationView(ClarificationTask task, Side record, Side earlier) {

    /** One record's identity and capture. */
    public record Side(UUID packetId, Demographics demographics, String station, Instant capturedAt) {

        static Side of(EnrolmentPacket p) {
            return new Side(p.packetId(), p.demographics(), p.capture().station(), p.capture().capturedAt());
        }
    }
}
