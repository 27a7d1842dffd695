package id.ektp.afis.cluster;

import com.hazelcast.map.MapLoader;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Hazelcast's loader of the persons map from the source of truth: when the cluster starts, every member
 * loads the persons of the partitions it owns ({@code loadAll} on the keys Hazelcast routes to it), and
 * {@link ClusteredGallery#restoreFromSource} reloads the persons of lost partitions the same way. The
 * map is never written back through it: the caller stores a person in the source before the cluster.
 */
final class SourceLoader implements MapLoader<UUID, byte[]> {

    private final PersonSource source;

    SourceLoader(PersonSource source) {
        this.source = source;
    }

    @Override
    public byte[] load(UUID key) {
        return loadAll(List.of(key)).get(key);
    }

    /** Hazelcast hands a member its keys in chunks ({@code hazelcast.map.load.chunk.size}, 1,000): one read a chunk. */
    @Override
    public Map<UUID, byte[]> loadAll(Collection<UUID> keys) {
        if (source instanceof RecordSource records) {
            return records.records(keys);
        }
        Map<UUID, byte[]> loaded = new HashMap<>();
        for (UUID key : keys) {
            source.find(key).ifPresent(record -> loaded.put(key, PersonRecord.encode(record)));
        }
        return loaded;
    }

    @Override
    public Iterable<UUID> loadAllKeys() {
        return source.referenceIds();
    }
}
