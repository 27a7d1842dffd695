package id.ektp.afis.cluster;

import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.store.AtRestKey;
import id.ektp.afis.store.RecordLog;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link PersonSource} on the engine's append-only {@link RecordLog} (header {@code EKTPCLS1}): insert
 * records carry the person's {@link PersonRecord}, deletes only the ID; an in-memory map keeps where each
 * enrolled person's record is, so that a member's load reads only its own persons. For one machine or a
 * shared disk; the platform's source of truth is PostgreSQL, behind the same interface.
 */
public final class TemplateLogSource implements PersonSource, RecordSource, AutoCloseable {

    private static final String MAGIC = "EKTPCLS1";
    private static final String KIND = "cluster source log";

    private final RecordLog log;
    private final boolean syncEachRecord;
    private final ConcurrentHashMap<UUID, Long> offsets = new ConcurrentHashMap<>();

    private TemplateLogSource(RecordLog log, boolean syncEachRecord) {
        this.log = log;
        this.syncEachRecord = syncEachRecord;
    }

    /**
     * Opens (or creates) the log and reads where every enrolled person's record is.
     *
     * @param syncEachRecord force each record to the disk before an insert or delete returns; bulk loads
     *                       pass false and call {@link #sync} at the end
     */
    public static TemplateLogSource open(Path file, boolean syncEachRecord) {
        return replayed(new TemplateLogSource(RecordLog.open(file, MAGIC, KIND), syncEachRecord));
    }

    /**
     * As {@link #open(Path, boolean)}, the log sealed at rest under {@code key} ({@link RecordLog}).
     *
     * @throws AfisException {@code WRONG_STORE_KEY} for another key, {@code STORE_NOT_SEALED} for a log in the clear
     */
    public static TemplateLogSource open(Path file, boolean syncEachRecord, AtRestKey key) {
        return replayed(new TemplateLogSource(RecordLog.open(file, MAGIC, KIND, key), syncEachRecord));
    }

    private static TemplateLogSource replayed(TemplateLogSource source) {
        source.log.replay(source.log.firstRecord(), (offset, end, payload) -> {
            UUID id = RecordLog.referenceId(payload);
            if (RecordLog.kind(payload) == RecordLog.INSERT) {
                source.offsets.put(id, offset);
            } else {
                source.offsets.remove(id);
            }
        });
        return source;
    }

    @Override
    public synchronized void insert(UUID referenceId, TenPrint record) {
        if (offsets.containsKey(referenceId)) {
            throw new AfisException(Reason.DUPLICATE_REFERENCE_ID, "reference ID " + referenceId + " is already enrolled");
        }
        byte[] person = PersonRecord.encode(record);
        ByteBuffer payload = ByteBuffer.allocate(17 + person.length);
        payload.put(RecordLog.INSERT).putLong(referenceId.getMostSignificantBits()).putLong(referenceId.getLeastSignificantBits()).put(person);
        long offset = log.append(payload.array());
        persist();
        offsets.put(referenceId, offset);
    }

    @Override
    public synchronized boolean delete(UUID referenceId) {
        if (!offsets.containsKey(referenceId)) {
            return false;
        }
        ByteBuffer payload = ByteBuffer.allocate(17);
        payload.put(RecordLog.DELETE).putLong(referenceId.getMostSignificantBits()).putLong(referenceId.getLeastSignificantBits());
        log.append(payload.array());
        persist();
        offsets.remove(referenceId);
        return true;
    }

    private void persist() {
        if (syncEachRecord) {
            log.sync();
        } else {
            log.flush();
        }
    }

    @Override
    public Optional<TenPrint> find(UUID referenceId) {
        return record(referenceId).map(PersonRecord::decode);
    }

    /** The person's record as the cluster holds it (no templates deserialized). */
    Optional<byte[]> record(UUID referenceId) {
        Long offset = offsets.get(referenceId);
        if (offset == null) {
            return Optional.empty();
        }
        byte[] payload = log.read(offset);
        return Optional.of(Arrays.copyOfRange(payload, 17, payload.length));
    }

    @Override
    public Map<UUID, byte[]> records(Collection<UUID> referenceIds) {
        Map<UUID, byte[]> found = new HashMap<>();
        for (UUID id : referenceIds) {
            record(id).ifPresent(bytes -> found.put(id, bytes));
        }
        return found;
    }

    @Override
    public Set<UUID> referenceIds() {
        return new HashSet<>(offsets.keySet());
    }

    @Override
    public boolean contains(UUID referenceId) {
        return offsets.containsKey(referenceId);
    }

    @Override
    public int count() {
        return offsets.size();
    }

    /** Forces appended records to the disk (after a bulk load without per-record sync). */
    public void sync() {
        log.sync();
    }

    @Override
    public void close() {
        log.close();
    }
}
