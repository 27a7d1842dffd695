package id.ektp.identification;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** TEST-ONLY: the adjudication events as pipeline15's listeners would receive them. */
@Component
public class RecordedCentralEvents {

    public final List<CaseDecided> decided = new CopyOnWriteArrayList<>();
    public final List<DuplicateResolved> resolved = new CopyOnWriteArrayList<>();

    @EventListener
    void on(CaseDecided event) {
        decided.add(event);
    }

    @EventListener
    void on(DuplicateResolved event) {
        resolved.add(event);
    }
}
