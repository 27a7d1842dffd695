package id.ektp.enrollment.desk;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queue numbers of a service point, per day, from 1. One row per point and day, incremented by a
 * single upsert in the check-in's transaction: concurrent check-ins queue on that row, so no number is
 * given twice, and a rolled-back check-in gives its number back with everything else it did.
 */
@Component
class QueueNumbers {

    private final JdbcClient jdbc;

    QueueNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int next(String officeCode, LocalDate day) {
        return jdbc.sql("""
                INSERT INTO queue_counter (office_code, service_day, last_number) VALUES (?, ?, 1)
                ON CONFLICT (office_code, service_day) DO UPDATE SET last_number = queue_counter.last_number + 1
                RETURNING last_number""").params(officeCode, day).query(Integer.class).single();
    }
}
