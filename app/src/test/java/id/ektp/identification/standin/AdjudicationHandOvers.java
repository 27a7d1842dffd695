package id.ektp.identification.standin;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * TEST support: what the pipeline handed to the real adjudication ({@code AdjudicationCases}), read back from
 * its tables: the grey-zone case with its candidates by rank, then the clarification tasks of a duplicate.
 */
@Component
public class AdjudicationHandOvers {

    private final JdbcClient jdbc;

    AdjudicationHandOvers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Call(String kind, List<UUID> others) {
    }

    public List<Call> calls(UUID packetId) {
        List<Call> calls = new ArrayList<>();
        List<UUID> candidates = jdbc.sql("SELECT candidate_packet_id FROM adjudication_candidate WHERE packet_id = ? ORDER BY rank")
                .param(packetId).query(UUID.class).list();
        if (!candidates.isEmpty()) {
            calls.add(new Call("CASE", candidates));
        }
        List<UUID> duplicates = jdbc.sql("SELECT duplicate_of_packet_id FROM clarification_task WHERE packet_id = ? ORDER BY duplicate_of_packet_id")
                .param(packetId).query(UUID.class).list();
        if (!duplicates.isEmpty()) {
            calls.add(new Call("CLARIFICATION", duplicates));
        }
        return calls;
    }
}
