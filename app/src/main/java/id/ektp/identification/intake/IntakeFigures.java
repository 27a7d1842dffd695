package id.ektp.identification.intake;

import id.ektp.identification.CentralStatus;
import id.ektp.identification.dashboard.CentralRecordFigures;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures over intake's {@code received_packet}, one aggregate query each. The resident's
 * kabupaten/kota comes from the uniqueness check's copy of the demographics ({@code uniqueness_record.desa_code}:
 * the packet itself is encrypted at rest, so it is not opened for a count); a packet the check has not read yet
 * (or refused before reading) counts under its station's kecamatan, which is the same kabupaten in practice.
 */
@Component
@OnCentral
class IntakeFigures implements CentralRecordFigures {

    private static final String FINAL = "('PRINT_READY_RECORD', 'DUPLICATE_RECORD', 'ENROLL_FAILURE_AT_CENTRAL', 'SEARCH_FAILURE_AT_CENTRAL')";

    private final JdbcClient jdbc;

    IntakeFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StageCount> countsByStatusAndRegion() {
        return jdbc.sql("""
                SELECT p.status, split_part(r.code, '.', 1) || '.' || split_part(r.code, '.', 2) AS kabupaten, count(*) AS n
                FROM received_packet p
                JOIN station s ON s.station_id = p.station_id
                LEFT JOIN uniqueness_record u ON u.packet_id = p.packet_id
                CROSS JOIN LATERAL (SELECT coalesce(u.desa_code, s.kecamatan_code) AS code) r
                GROUP BY 1, 2 ORDER BY 1, 2""")
                .query((rs, n) -> new StageCount(CentralStatus.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3))).list();
    }

    @Override
    public List<HourlyCount> perHour(Instant since) {
        // Every hour from since to now, the empty ones too, so the chart's axis has no gaps.
        return jdbc.sql("""
                SELECT h.hour,
                       (SELECT count(*) FROM received_packet p WHERE p.received_at >= h.hour AND p.received_at < h.hour + interval '1 hour'),
                       (SELECT count(*) FROM received_packet p WHERE p.status IN %s
                            AND p.status_at >= h.hour AND p.status_at < h.hour + interval '1 hour')
                FROM generate_series(date_trunc('hour', ?::timestamptz), now(), interval '1 hour') AS h(hour)
                ORDER BY h.hour""".formatted(FINAL))
                .param(Timestamp.from(since))
                .query((rs, n) -> new HourlyCount(rs.getTimestamp(1).toInstant(), rs.getLong(2), rs.getLong(3))).list();
    }

    @Override
    public Optional<Instant> oldestInBacklog() {
        return jdbc.sql("SELECT min(received_at) FROM received_packet WHERE status IN ('RECEIVED_AT_CENTRAL', 'SEARCH_IN_PROGRESS')")
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant)).single();
    }
}
