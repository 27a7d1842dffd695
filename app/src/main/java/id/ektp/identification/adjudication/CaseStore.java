package id.ektp.identification.adjudication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Adjudication cases, their candidates and votes in PostgreSQL. */
@Repository
class CaseStore {

    private static final String CASE_COLUMNS = "packet_id, kecamatan_code, capture_officer, station, agreements_needed, opened_at, decided_at";
    private static final TypeReference<LinkedHashMap<String, Double>> SCORES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    CaseStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Opens the case unless it exists (a repeated hand-over of the same record); true when it was new. */
    boolean insert(AdjudicationCase c) {
        int inserted = jdbc.sql("""
                INSERT INTO adjudication_case (packet_id, kecamatan_code, capture_officer, station, agreements_needed, opened_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (packet_id) DO NOTHING""")
                .params(c.packetId(), c.kecamatanCode(), c.captureOfficer(), c.station(), c.agreementsNeeded(), Timestamp.from(c.openedAt()))
                .update();
        if (inserted == 0) {
            return false;
        }
        for (CaseCandidate candidate : c.candidates()) {
            jdbc.sql("""
                    INSERT INTO adjudication_candidate (packet_id, candidate_packet_id, rank, score, finger_scores)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(c.packetId(), candidate.candidatePacketId(), candidate.rank(), candidate.score(), write(candidate.fingerScores()))
                    .update();
        }
        return true;
    }

    Optional<AdjudicationCase> find(UUID packetId) {
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM adjudication_case WHERE packet_id = ?").param(packetId)
                .query((rs, n) -> caseRow(rs)).optional().map(this::withCandidates);
    }

    /** The case, locked until the transaction ends, so that two votes on it are counted one after the other. */
    Optional<AdjudicationCase> lock(UUID packetId) {
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM adjudication_case WHERE packet_id = ? FOR UPDATE").param(packetId)
                .query((rs, n) -> caseRow(rs)).optional().map(this::withCandidates);
    }

    /**
     * The cases waiting for this adjudicator, oldest first: undecided, not captured by them, outside their home
     * region (when one applies), with a candidate that still needs a verdict and that they have not voted on.
     */
    List<AdjudicationCase> waitingFor(String adjudicator, String homeRegion, int limit) {
        return jdbc.sql("SELECT " + CASE_COLUMNS + """
                 FROM adjudication_case c
                WHERE decided_at IS NULL AND capture_officer <> :me
                  AND (:home = '' OR NOT (kecamatan_code = :home OR kecamatan_code LIKE :home || '.%'))
                  AND EXISTS (SELECT 1 FROM adjudication_candidate d
                               WHERE d.packet_id = c.packet_id AND d.verdict IS NULL
                                 AND NOT EXISTS (SELECT 1 FROM adjudication_vote v WHERE v.packet_id = d.packet_id
                                                  AND v.candidate_packet_id = d.candidate_packet_id AND v.adjudicator = :me))
                ORDER BY opened_at, packet_id LIMIT :limit""")
                .param("me", adjudicator).param("home", homeRegion).param("limit", limit)
                .query((rs, n) -> caseRow(rs)).list().stream().map(this::withCandidates).toList();
    }

    void insertVote(UUID packetId, UUID candidatePacketId, Vote vote) {
        jdbc.sql("""
                INSERT INTO adjudication_vote (packet_id, candidate_packet_id, adjudicator, verdict, reason, voted_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(packetId, candidatePacketId, vote.adjudicator(), vote.verdict().name(), vote.reason(), Timestamp.from(vote.votedAt()))
                .update();
    }

    void settle(UUID packetId, UUID candidatePacketId, Verdict verdict) {
        jdbc.sql("UPDATE adjudication_candidate SET verdict = ? WHERE packet_id = ? AND candidate_packet_id = ?")
                .params(verdict.name(), packetId, candidatePacketId).update();
    }

    void markDecided(UUID packetId, Instant at) {
        jdbc.sql("UPDATE adjudication_case SET decided_at = ? WHERE packet_id = ?").params(Timestamp.from(at), packetId).update();
    }

    /** Undecided cases and the opening time of the oldest. */
    Waiting waiting() {
        return jdbc.sql("SELECT count(*), min(opened_at) FROM adjudication_case WHERE decided_at IS NULL")
                .query((rs, n) -> new Waiting(rs.getLong(1), instant(rs, 2))).single();
    }

    record Waiting(long cases, Instant oldestOpenedAt) {
    }

    private AdjudicationCase withCandidates(AdjudicationCase c) {
        Map<UUID, List<Vote>> votes = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT candidate_packet_id, adjudicator, verdict, reason, voted_at FROM adjudication_vote
                WHERE packet_id = ? ORDER BY voted_at, adjudicator""").param(c.packetId())
                .query(rs -> {
                    votes.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Vote(rs.getString(2),
                            Verdict.valueOf(rs.getString(3)), rs.getString(4), instant(rs, 5)));
                });
        List<CaseCandidate> candidates = jdbc.sql("""
                SELECT candidate_packet_id, rank, score, finger_scores, verdict FROM adjudication_candidate
                WHERE packet_id = ? ORDER BY rank""").param(c.packetId())
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    String verdict = rs.getString(5);
                    return new CaseCandidate(id, rs.getInt(2), rs.getDouble(3), read(rs.getString(4)),
                            verdict == null ? null : Verdict.valueOf(verdict), votes.getOrDefault(id, List.of()));
                }).list();
        return new AdjudicationCase(c.packetId(), c.kecamatanCode(), c.captureOfficer(), c.station(), c.agreementsNeeded(), c.openedAt(),
                c.decidedAt(), candidates);
    }

    private static AdjudicationCase caseRow(ResultSet rs) throws SQLException {
        return new AdjudicationCase(rs.getObject("packet_id", UUID.class), rs.getString("kecamatan_code"), rs.getString("capture_officer"),
                rs.getString("station"), rs.getInt("agreements_needed"), instant(rs, "opened_at"), instant(rs, "decided_at"), List.of());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private String write(Map<String, Double> scores) {
        try {
            return json.writeValueAsString(scores);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Double> read(String scores) {
        try {
            return json.readValue(scores, SCORES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored finger scores are not JSON: " + scores, e);
        }
    }
}
