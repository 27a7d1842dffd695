package id.ektp.identification.uniqueness;

import id.ektp.afis.gallery.Decision;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.packet.Demographics;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The pipeline's table: one row per received packet, and the candidates the check found for it. */
@Repository
class UniquenessRecords {

    private static final String COLUMNS = "packet_id, reference_id, stage, parked_stage, attempts, next_attempt_at, parked_reason, "
            + "last_error, station, nik, full_name, date_of_birth, sex, desa_code, decision, outcome, outcome_reason, in_gallery, "
            + "received_at, stage_entered_at, search_millis";

    private final JdbcClient jdbc;

    UniquenessRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts a record at validation; a packet received twice (a republished event) starts once. */
    boolean enter(UUID packetId, String station) {
        return jdbc.sql("""
                INSERT INTO uniqueness_record (packet_id, reference_id, stage, next_attempt_at, station, received_at, stage_entered_at)
                VALUES (?, ?, 'VALIDATION', now(), ?, now(), now()) ON CONFLICT (packet_id) DO NOTHING""")
                .params(packetId, UUID.randomUUID(), station).update() == 1;
    }

    Optional<UniquenessRecord> find(UUID packetId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM uniqueness_record WHERE packet_id = ?").param(packetId)
                .query(UniquenessRecords::record).optional();
    }

    UniquenessRecord get(UUID packetId) {
        return find(packetId).orElseThrow(() -> new IllegalStateException("no uniqueness record for packet " + packetId));
    }

    Optional<UniquenessRecord> findByReference(UUID referenceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM uniqueness_record WHERE reference_id = ?").param(referenceId)
                .query(UniquenessRecords::record).optional();
    }

    /** The row, locked for the rest of the transaction (stage changes of one record never interleave). */
    UniquenessRecord lock(UUID packetId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM uniqueness_record WHERE packet_id = ? FOR UPDATE").param(packetId)
                .query(UniquenessRecords::record).single();
    }

    /**
     * Claims the record due longest, if any: its next attempt moves a lease ahead so that no other worker takes
     * it while this one works it. A claim outlives a crash only until {@link #releaseClaims} at the next start.
     */
    Optional<UUID> claimDue(Duration lease) {
        return jdbc.sql("""
                UPDATE uniqueness_record SET next_attempt_at = now() + make_interval(secs => ?), claimed = true
                WHERE packet_id = (SELECT packet_id FROM uniqueness_record
                                   WHERE stage IN ('VALIDATION', 'DEMOGRAPHIC', 'SEARCH', 'DECISION') AND next_attempt_at <= now()
                                   ORDER BY next_attempt_at, received_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING packet_id""").param((double) lease.toSeconds()).query(UUID.class).optional();
    }

    /** At start-up: the claims of workers that died with the last process are void (one central process). */
    int releaseClaims() {
        return jdbc.sql("UPDATE uniqueness_record SET next_attempt_at = now(), claimed = false WHERE claimed").update();
    }

    void demographics(UUID packetId, Demographics d) {
        jdbc.sql("UPDATE uniqueness_record SET nik = ?, full_name = ?, date_of_birth = ?, sex = ?, desa_code = ? WHERE packet_id = ?")
                .params(d.nik(), d.fullName(), d.dateOfBirth(), d.sex() == null ? null : d.sex().name(), d.desaCode(), packetId).update();
    }

    /**
     * Moves a record on; its retries start again from none. It keeps its place in the queue (due since it was
     * received), so the workers finish the records they began before they start new ones: a decided record is
     * not left waiting behind a backlog of searches before its station is told.
     */
    void advance(UUID packetId, Stage to) {
        jdbc.sql("UPDATE uniqueness_record SET stage = ?, attempts = 0, next_attempt_at = LEAST(now(), received_at), claimed = false, last_error = NULL, "
                + "stage_entered_at = now(), finished_at = CASE WHEN ? THEN now() ELSE NULL END WHERE packet_id = ?")
                .params(to.name(), to == Stage.DONE || to == Stage.REJECTED, packetId).update();
    }

    void outcome(UUID packetId, String outcome, String reason) {
        jdbc.sql("UPDATE uniqueness_record SET outcome = ?, outcome_reason = ? WHERE packet_id = ?").params(outcome, reason, packetId).update();
    }

    /** A failed attempt: retried after {@code wait}. */
    void retryLater(UUID packetId, int attempts, Duration wait, String error) {
        jdbc.sql("UPDATE uniqueness_record SET attempts = ?, next_attempt_at = now() + make_interval(secs => ?), claimed = false, last_error = ? WHERE packet_id = ?")
                .params(attempts, wait.toMillis() / 1000.0, error, packetId).update();
    }

    void park(UUID packetId, Stage failedIn, int attempts, String reason) {
        jdbc.sql("UPDATE uniqueness_record SET stage = 'PARKED', claimed = false, parked_stage = ?, attempts = ?, parked_reason = ?, last_error = ?, "
                + "stage_entered_at = now() WHERE packet_id = ?").params(failedIn.name(), attempts, reason, reason, packetId).update();
    }

    /** Back to the stage it was parked in, with its retries afresh. */
    void unpark(UUID packetId, Stage to) {
        jdbc.sql("UPDATE uniqueness_record SET stage = ?, parked_stage = NULL, parked_reason = NULL, attempts = 0, next_attempt_at = now(), "
                + "stage_entered_at = now() WHERE packet_id = ?").params(to.name(), packetId).update();
    }

    /** The search's result, and the promise that the person is (about to be) in the gallery. */
    void searched(UUID packetId, String decision, List<Candidate> candidates, int searchMillis) {
        jdbc.sql("DELETE FROM uniqueness_candidate WHERE packet_id = ?").param(packetId).update();
        for (Candidate c : candidates) {
            jdbc.sql("""
                    INSERT INTO uniqueness_candidate (packet_id, candidate_packet_id, found_by, score, finger_scores, decision)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(packetId, c.candidatePacketId(), c.foundBy().name(), c.score(), fingerScores(c.fingerScores()),
                            c.decision() == null ? null : c.decision().name()).update();
        }
        jdbc.sql("UPDATE uniqueness_record SET decision = ?, in_gallery = true, searched_at = now(), search_millis = ? WHERE packet_id = ?")
                .params(decision, searchMillis, packetId).update();
    }

    void inGallery(UUID packetId, boolean member) {
        jdbc.sql("UPDATE uniqueness_record SET in_gallery = ? WHERE packet_id = ?").params(member, packetId).update();
    }

    List<Candidate> candidates(UUID packetId) {
        return jdbc.sql("SELECT candidate_packet_id, found_by, score, finger_scores, decision FROM uniqueness_candidate "
                + "WHERE packet_id = ? ORDER BY score DESC NULLS LAST, candidate_packet_id").param(packetId)
                .query((rs, n) -> {
                    String decision = rs.getString(5);
                    return new Candidate(rs.getObject(1, UUID.class), Candidate.FoundBy.valueOf(rs.getString(2)),
                            rs.getDouble(3), fingerScores(rs.getString(4)), decision == null ? null : Decision.valueOf(decision));
                }).list();
    }

    /** The demographic stage's finding: earlier records to compare in full, not yet scored. */
    void demographicCandidates(UUID packetId, List<UUID> sameNik, List<UUID> alike) {
        jdbc.sql("DELETE FROM uniqueness_candidate WHERE packet_id = ?").param(packetId).update();
        for (UUID c : sameNik) {
            jdbc.sql("INSERT INTO uniqueness_candidate (packet_id, candidate_packet_id, found_by) VALUES (?, ?, 'SAME_NIK')")
                    .params(packetId, c).update();
        }
        for (UUID c : alike) {
            if (!sameNik.contains(c)) {
                jdbc.sql("INSERT INTO uniqueness_candidate (packet_id, candidate_packet_id, found_by) VALUES (?, ?, 'DEMOGRAPHIC')")
                        .params(packetId, c).update();
            }
        }
    }

    /** Packet IDs of the given reference IDs (those with a record). */
    Map<UUID, UUID> packetsOf(java.util.Collection<UUID> referenceIds) {
        if (referenceIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, UUID> packets = new LinkedHashMap<>();
        jdbc.sql("SELECT reference_id, packet_id FROM uniqueness_record WHERE reference_id IN (:ids)").param("ids", referenceIds)
                .query((ResultSet rs) -> {
                    packets.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                });
        return packets;
    }

    /** Earlier records holding the same NIK. */
    List<UUID> sameNik(UUID packetId, String nik) {
        return jdbc.sql("SELECT packet_id FROM uniqueness_record WHERE nik = ? AND packet_id <> ? AND in_gallery ORDER BY received_at")
                .params(nik, packetId).query(UUID.class).list();
    }

    /** Earlier records of the same birth date and sex whose name is alike (trigram similarity, spelling tolerated). */
    List<UUID> alike(UUID packetId, Demographics d, double similarity, int limit) {
        return jdbc.sql("""
                SELECT packet_id FROM uniqueness_record
                WHERE date_of_birth = ? AND sex = ? AND packet_id <> ? AND in_gallery AND similarity(full_name, ?) >= ?
                ORDER BY similarity(full_name, ?) DESC, received_at LIMIT ?""")
                .params(d.dateOfBirth(), d.sex() == null ? null : d.sex().name(), packetId, d.fullName(), similarity, d.fullName(), limit)
                .query(UUID.class).list();
    }

    Map<UUID, UUID> referencesOf(List<UUID> packetIds) {
        if (packetIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, UUID> references = new LinkedHashMap<>();
        jdbc.sql("SELECT packet_id, reference_id FROM uniqueness_record WHERE packet_id IN (:ids)").param("ids", packetIds)
                .query((ResultSet rs) -> {
                    references.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                });
        return references;
    }

    /** Reference ID to packet ID of every record the gallery should hold. */
    Map<UUID, UUID> galleryMembers() {
        Map<UUID, UUID> members = new LinkedHashMap<>();
        jdbc.sql("SELECT reference_id, packet_id FROM uniqueness_record WHERE in_gallery ORDER BY received_at")
                .query((ResultSet rs) -> {
                    members.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                });
        return members;
    }

    /** Reference IDs of records that must not be in the gallery (never searched, rejected, withdrawn). */
    List<UUID> notGalleryMembers() {
        return jdbc.sql("SELECT reference_id FROM uniqueness_record WHERE NOT in_gallery").query(UUID.class).list();
    }

    Map<Stage, Integer> countByStage() {
        Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            counts.put(s, 0);
        }
        jdbc.sql("SELECT stage, count(*) FROM uniqueness_record GROUP BY stage")
                .query((ResultSet rs) -> {
                    counts.put(Stage.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    /** Records of one stage, oldest first, within the region (empty scope: national). */
    List<UniquenessRecord> inStage(Stage stage, String scope, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM uniqueness_record WHERE stage = :stage AND "
                + "(:scope = '' OR desa_code = :scope OR desa_code LIKE :scope || '.%') ORDER BY stage_entered_at, packet_id LIMIT :limit")
                .param("stage", stage.name()).param("scope", scope).param("limit", limit)
                .query(UniquenessRecords::record).list();
    }

    private static String fingerScores(Map<FingerPosition, Double> scores) {
        return scores.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    private static Map<FingerPosition, Double> fingerScores(String text) {
        Map<FingerPosition, Double> scores = new EnumMap<>(FingerPosition.class);
        if (text != null && !text.isEmpty()) {
            for (String pair : text.split(",")) {
                String[] kv = pair.split("=", 2);
                scores.put(FingerPosition.valueOf(kv[0]), Double.parseDouble(kv[1]));
            }
        }
        return scores;
    }

    private static UniquenessRecord record(ResultSet rs, int row) throws SQLException {
        String parked = rs.getString("parked_stage");
        java.sql.Date dob = rs.getDate("date_of_birth");
        int millis = rs.getInt("search_millis");
        Integer searchMillis = rs.wasNull() ? null : millis;
        return new UniquenessRecord(rs.getObject("packet_id", UUID.class), rs.getObject("reference_id", UUID.class),
                Stage.valueOf(rs.getString("stage")), parked == null ? null : Stage.valueOf(parked), rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")), rs.getString("parked_reason"), rs.getString("last_error"),
                rs.getString("station"), rs.getString("nik"), rs.getString("full_name"), dob == null ? null : dob.toLocalDate(),
                rs.getString("sex"), rs.getString("desa_code"), rs.getString("decision"), rs.getString("outcome"),
                rs.getString("outcome_reason"), rs.getBoolean("in_gallery"), instant(rs.getTimestamp("received_at")),
                instant(rs.getTimestamp("stage_entered_at")), searchMillis);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
