package id.ektp.identification.clarification;

import id.ektp.identification.DuplicateResolved.Resolution;
import java.time.Instant;
import java.util.UUID;

/**
 * A duplicate sent back to the regions: the newer record ({@code packetId}) is the same person as an earlier
 * one. The Dinas and the kecamatan of both records see it and clarify with the resident; once resolved it
 * carries the resolution, the note and who recorded it.
 */
public record ClarificationTask(UUID id, UUID packetId, UUID duplicateOfPacketId, String kecamatanCode, String earlierKecamatanCode,
        Instant openedAt, Resolution resolution, String note, String resolvedBy, Instant resolvedAt) {

    public boolean resolved() {
        return resolvedAt != null;
    }
}
