package id.ektp.identification.uniqueness;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the gallery folder agree with the records before any record is worked: the table says who belongs in
 * the gallery ({@code in_gallery}), the folder follows. An entry whose record says no (a crash between a
 * withdrawal's commit and its delete) is deleted; a record that says yes without its entry (a crash between
 * the search's commit and its insert, a lost or unreadable folder) is inserted from its stored packet. If the
 * folder still holds more persons than the records account for, its entries cannot be trusted and it is
 * rebuilt from the packets. Progress is logged and shown on the data-centre page.
 */
@Component
class GalleryReconciliation {

    private static final Logger log = LoggerFactory.getLogger(GalleryReconciliation.class);

    private final GalleryKeeper gallery;
    private final UniquenessRecords records;
    private final Fingerprints fingerprints;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile String state = "NOT_STARTED";
    private volatile Instant startedAt;

    GalleryReconciliation(GalleryKeeper gallery, UniquenessRecords records, Fingerprints fingerprints) {
        this.gallery = gallery;
        this.records = records;
        this.fingerprints = fingerprints;
    }

    /** What the page shows: the state, persons inserted of those missing, since when. */
    record Progress(String state, int done, int total, Instant startedAt) {
    }

    Progress progress() {
        return new Progress(state, done.get(), total, startedAt);
    }

    void reconcile() {
        startedAt = Instant.now();
        state = "CHECKING";
        boolean readable;
        try {
            readable = gallery.open();
        } catch (RuntimeException e) {
            // e.g. no gallery member reachable (the clustered gallery): the data-centre page says so, not "checking"
            state = "FAILED";
            throw e;
        }
        int removed = 0;
        for (UUID reference : records.notGalleryMembers()) {
            if (gallery.contains(reference) && gallery.delete(reference)) {
                removed++;
            }
        }
        Map<UUID, UUID> members = records.galleryMembers();
        List<Map.Entry<UUID, UUID>> missing = new ArrayList<>();
        for (Map.Entry<UUID, UUID> member : members.entrySet()) {
            if (!gallery.contains(member.getKey())) {
                missing.add(member);
            }
        }
        int present = members.size() - missing.size();
        if (gallery.count() != present) {
            gallery.startAfresh(gallery.count() + " persons in the folder but only " + present + " of them have a record");
            missing = new ArrayList<>(members.entrySet());
        }
        if (removed > 0) {
            log.warn("Gallery: {} entries without a current record removed", removed);
        }
        rebuild(missing, readable);
    }

    private void rebuild(List<Map.Entry<UUID, UUID>> missing, boolean readable) {
        total = missing.size();
        done.set(0);
        if (missing.isEmpty()) {
            state = "READY";
            gallery.discardClearFolder();
            log.info("Gallery agrees with the records: {} persons", gallery.count());
            return;
        }
        state = "REBUILDING";
        log.info("Gallery: inserting {} persons from their stored packets{}", missing.size(), readable ? "" : " (folder rebuilt)");
        long started = System.nanoTime();
        int step = Math.max(1, missing.size() / 20);
        int failed = 0;
        for (Map.Entry<UUID, UUID> member : missing) {
            try {
                gallery.insert(member.getKey(), fingerprints.of(member.getValue()));
                fingerprints.forget(member.getValue());
            } catch (RuntimeException e) {
                failed++;
                log.error("Gallery: packet {} cannot be inserted again: {}", member.getValue(), e.toString());
            }
            int n = done.incrementAndGet();
            if (n % step == 0 || n == missing.size()) {
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                log.info("Gallery rebuild: {}/{} persons ({} %) in {} s", n, missing.size(), 100L * n / missing.size(), took.toSeconds());
            }
        }
        state = failed == 0 ? "READY" : "READY_WITH_ERRORS";
        if (failed > 0) {
            log.error("Gallery: {} persons could not be inserted again; their packets need a look", failed);
        } else {
            gallery.discardClearFolder();
        }
    }
}
