package id.ektp.identification;

import java.util.UUID;

/** The Dinas clarified a duplicate with the resident; the resolution takes effect in the gallery and the registry. */
public record DuplicateResolved(UUID packetId, UUID duplicateOfPacketId, Resolution resolution, String note) {

    public enum Resolution {
        /** This (newer) record is withdrawn: the person keeps the earlier one. */
        WITHDRAW_THIS,
        /** The earlier record is withdrawn and this one goes on as unique. */
        WITHDRAW_EARLIER,
        /** Both records are the same person's and become one (the earlier NIK kept). */
        MERGE,
        /** Not the same person after all: this record goes on as unique. */
        FALSE_MATCH
    }
}
