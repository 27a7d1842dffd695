package id.ektp.identification.uniqueness;

import java.util.UUID;

/**
 * Points of the search stage where a crash leaves different states behind: after the search, after its result
 * is committed, after the insert. No implementation ships; the crash test's stops the process at one of them
 * so that it can be killed exactly there.
 */
interface PipelineCheckpoints {

    String SEARCHED = "searched";
    String COMMITTED = "committed";
    String INSERTED = "inserted";

    void reached(String point, UUID packetId);
}
