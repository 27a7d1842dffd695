package id.ektp.registry;

import id.ektp.accounts.AuditTrail;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** Until the accounts module's audit chain is merged: remembers every entry so tests can assert them. */
@Component
class RecordingAuditTrail implements AuditTrail {

    record Entry(String action, String type, String id) {
    }

    final List<Entry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void read(String subjectType, String subjectId) {
        entries.add(new Entry("READ", subjectType, subjectId));
    }

    @Override
    public void change(String action, String subjectType, String subjectId, String detail) {
        entries.add(new Entry(action, subjectType, subjectId));
    }
}
