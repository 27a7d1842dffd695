package id.ektp.afis.store;

import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.template.EnrolmentCheck;
import id.ektp.afis.gallery.Gallery;
import id.ektp.afis.gallery.Identification;
import id.ektp.afis.gallery.MatchPolicy;
import id.ektp.afis.gallery.SearchScope;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.gallery.Verification;
import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;

/**
 * A gallery whose changes are logged to a {@link GalleryStore} before they take effect in memory, so
 * that a failed write leaves the gallery unchanged and a restart finds every acknowledged change.
 * Searches go straight to the in-memory gallery; changes are serialized by one lock (the log is
 * sequential anyway), which also makes the duplicate check and the append one atomic step.
 */
public final class PersistentGallery implements Gallery {

    private final Gallery memory;
    private final GalleryStore store;
    private final LoadReport loadReport;
    private final Object writeLock = new Object();

    private PersistentGallery(Gallery memory, GalleryStore store, LoadReport loadReport) {
        this.memory = memory;
        this.store = store;
        this.loadReport = loadReport;
    }

    /**
     * Opens the file (creating it if absent), reloads it into {@code empty} and returns the gallery.
     *
     * @param empty the in-memory implementation to fill, e.g. a new {@code BruteForceGallery}
     */
    public static PersistentGallery open(Path file, Gallery empty, boolean syncEachRecord) {
        checkEmpty(empty);
        return load(GalleryStore.open(file, syncEachRecord), empty);
    }

    /** As {@link #open(Path, Gallery, boolean)}, the file sealed at rest under {@code key} ({@link GalleryStore#open(Path, boolean, AtRestKey)}). */
    public static PersistentGallery open(Path file, Gallery empty, boolean syncEachRecord, AtRestKey key) {
        checkEmpty(empty);
        return load(GalleryStore.open(file, syncEachRecord, Objects.requireNonNull(key, "key")), empty);
    }

    private static void checkEmpty(Gallery empty) {
        Objects.requireNonNull(empty, "empty");
        if (empty.count() != 0) {
            throw new IllegalArgumentException("the in-memory gallery must be empty, it holds " + empty.count() + " persons");
        }
    }

    private static PersistentGallery load(GalleryStore store, Gallery empty) {
        try {
            return new PersistentGallery(empty, store, store.loadInto(empty));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public LoadReport loadReport() {
        return loadReport;
    }

    @Override
    public void insert(UUID referenceId, TenPrint record) {
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(record, "record");
        record.fingers().values().forEach(EnrolmentCheck::enrollable); // before the log: a refused insert writes nothing
        synchronized (writeLock) {
            if (memory.contains(referenceId)) {
                throw new AfisException(Reason.DUPLICATE_REFERENCE_ID, "reference ID " + referenceId + " is already enrolled");
            }
            store.appendInsert(referenceId, record);
            memory.insert(referenceId, record);
        }
    }

    @Override
    public boolean delete(UUID referenceId) {
        Objects.requireNonNull(referenceId, "referenceId");
        synchronized (writeLock) {
            if (!memory.contains(referenceId)) {
                return false;
            }
            store.appendDelete(referenceId);
            return memory.delete(referenceId);
        }
    }

    /**
     * Rewrites the file with only the persons enrolled now (see {@link GalleryStore#compact()});
     * changes wait meanwhile, searches do not.
     *
     * @return the file size before and after, in bytes
     */
    public long[] compact() {
        synchronized (writeLock) {
            return store.compact();
        }
    }

    /** Forces records appended without per-record sync (bulk loads) to the disk. */
    public void sync() {
        store.sync();
    }

    @Override
    public Identification identify(TenPrint probe, SearchScope scope, int maxCandidates) {
        return memory.identify(probe, scope, maxCandidates);
    }

    @Override
    public Verification verify(UUID referenceId, TenPrint probe) {
        return memory.verify(referenceId, probe);
    }

    @Override
    public boolean contains(UUID referenceId) {
        return memory.contains(referenceId);
    }

    @Override
    public int count() {
        return memory.count();
    }

    @Override
    public MatchPolicy policy() {
        return memory.policy();
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            memory.close();
        }
    }
}
