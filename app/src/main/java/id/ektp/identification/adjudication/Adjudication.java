package id.ektp.identification.adjudication;

import java.util.List;
import java.util.UUID;

/**
 * Where the uniqueness check hands over what a machine should not decide alone. Both calls are made in the
 * transaction that records the check's decision, and both are idempotent per packet.
 */
public interface Adjudication {

    /**
     * A grey-zone record: the adjudicators decide, candidate by candidate, whether it is the same person.
     * The outcome comes back as {@link id.ektp.identification.CaseDecided}.
     */
    void openCase(UUID packetId, List<CandidateMatch> candidates);

    /**
     * A duplicate (certain, or adjudicated): a task for the Dinas and the kecamatan of both records to
     * clarify with the resident. The outcome comes back as {@link id.ektp.identification.DuplicateResolved}.
     */
    void openClarification(UUID packetId, List<UUID> duplicateOfPacketIds);
}
