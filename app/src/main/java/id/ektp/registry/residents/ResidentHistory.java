package id.ektp.registry.residents;

import id.ektp.registry.Resident;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of a resident's record: one entry per changed field, with who and when. */
@Repository
public class ResidentHistory {

    /** One change of one field. */
    public record Entry(OffsetDateTime changedAt, String changedBy, String field, String oldValue, String newValue) {
    }

    private final JdbcClient jdbc;

    ResidentHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String nik, String officer, String field, Object oldValue, Object newValue) {
        jdbc.sql("INSERT INTO resident_history (nik, changed_by, field, old_value, new_value) VALUES (?, ?, ?, ?, ?)")
                .params(nik, officer, field, text(oldValue), text(newValue)).update();
    }

    /** Records every field that differs between the two versions; returns the names of those fields. */
    List<String> recordChanges(Resident before, Resident after, String officer) {
        List<String> changed = new ArrayList<>();
        var components = Resident.class.getRecordComponents();
        for (var component : components) {
            try {
                Object old = component.getAccessor().invoke(before);
                Object now = component.getAccessor().invoke(after);
                if (!Objects.equals(old, now)) {
                    record(after.nik(), officer, component.getName(), old, now);
                    changed.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed;
    }

    public List<Entry> of(String nik) {
        return jdbc.sql("SELECT changed_at, changed_by, field, old_value, new_value FROM resident_history WHERE nik = ? ORDER BY id DESC")
                .param(nik)
                .query((rs, n) -> new Entry(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
