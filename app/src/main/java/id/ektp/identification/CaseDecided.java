package id.ektp.identification;

import java.util.List;
import java.util.UUID;

/**
 * The adjudicators decided a grey-zone record: the earlier records it is the same person as (empty: not a
 * duplicate of any candidate, so the record is unique).
 */
public record CaseDecided(UUID packetId, List<UUID> duplicateOfPacketIds) {

    public CaseDecided {
        duplicateOfPacketIds = List.copyOf(duplicateOfPacketIds);
    }
}
