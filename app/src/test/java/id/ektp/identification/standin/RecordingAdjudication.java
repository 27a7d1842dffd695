package id.ektp.identification.standin;

import id.ektp.identification.adjudication.Adjudication;
import id.ektp.identification.adjudication.CandidateMatch;
import jakarta.annotation.PostConstruct;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * TEST-ONLY stand-in for adjud15's {@link Adjudication} until it lands on main (then this goes): records every
 * call in a table, in the caller's transaction, so a test sees each hand-over and how often it was made.
 */
@Component
public class RecordingAdjudication implements Adjudication {

    private final JdbcClient jdbc;

    RecordingAdjudication(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PostConstruct
    void table() {
        jdbc.sql("""
                CREATE TABLE IF NOT EXISTS test_adjudication_call (
                    seq bigserial PRIMARY KEY, packet_id uuid NOT NULL, kind text NOT NULL, others text NOT NULL)""").update();
    }

    public record Call(String kind, List<UUID> others) {
    }

    @Override
    public void openCase(UUID packetId, List<CandidateMatch> candidates) {
        record(packetId, "CASE", candidates.stream().map(CandidateMatch::candidatePacketId).toList());
    }

    @Override
    public void openClarification(UUID packetId, List<UUID> duplicateOfPacketIds) {
        record(packetId, "CLARIFICATION", duplicateOfPacketIds);
    }

    private void record(UUID packetId, String kind, List<UUID> others) {
        jdbc.sql("INSERT INTO test_adjudication_call (packet_id, kind, others) VALUES (?, ?, ?)")
                .params(packetId, kind, others.stream().map(UUID::toString).collect(Collectors.joining(","))).update();
    }

    public List<Call> calls(UUID packetId) {
        return jdbc.sql("SELECT kind, others FROM test_adjudication_call WHERE packet_id = ? ORDER BY seq").param(packetId)
                .query((rs, n) -> new Call(rs.getString(1), rs.getString(2).isEmpty() ? List.of()
                        : java.util.Arrays.stream(rs.getString(2).split(",")).map(UUID::fromString).toList())).list();
    }
}
