package id.ektp.afis.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.partition.Partition;
import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.gallery.MatchPolicy;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.index.FastGallery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A member's share of the gallery: one {@link FastGallery} holding the persons of the partitions this
 * member owns (one gallery, not one per partition, so that a search builds the probe's codes and its
 * SourceAFIS matchers once per member), filled from the member's own replica of each partition when it
 * gains the partition and emptied of it when it loses it. It answers the member's side of a search:
 * the first stage over its persons, the second stage for its persons at their merged ranks, verify.
 *
 * <p>A search is answered only when the partitions the gallery holds are exactly those the caller
 * asked for and this member owns; otherwise {@link Answer#MOVED} (the caller asks again once the
 * partition table has settled). A partition whose persons were lost is answered
 * {@link Answer#UNAVAILABLE} until it is restored from the source.
 */
final class ShardHost {

    private static final Logger LOG = Logger.getLogger(ShardHost.class.getName());

    private final MatchPolicy policy;
    private final ClusterSettings settings;
    private final FastGallery gallery;
    /** Searches read; adding or dropping a whole partition writes, so a search never sees half of one. */
    private final ReentrantReadWriteLock structure = new ReentrantReadWriteLock();
    /** The persons held, by partition; a partition is a key here from the start of its load. */
    private final Map<Integer, Set<UUID>> held = new ConcurrentHashMap<>();
    private final Set<Integer> loading = ConcurrentHashMap.newKeySet();
    /** Persons removed while their partition was loading: the load must not bring them back. */
    private final Set<UUID> removedWhileLoading = ConcurrentHashMap.newKeySet();
    private final Set<Integer> lost = ConcurrentHashMap.newKeySet();
    private volatile HazelcastInstance hazelcast;
    private volatile Partition[] partitions;

    ShardHost(Path directory, MatchPolicy policy, ClusterSettings settings) {
        this.policy = policy;
        this.settings = settings;
        deleteTree(directory);
        // the member's copy is derived (from its replicas): rebuilt on every start, never read back
        this.gallery = FastGallery.open(directory, policy, new FastGallery.Options(settings.shortlist(), settings.screened(),
                Runtime.getRuntime().availableProcessors()));
    }

    void attach(HazelcastInstance instance) {
        this.hazelcast = instance;
        Partition[] byId = new Partition[settings.partitionCount()];
        for (Partition partition : instance.getPartitionService().getPartitions()) {
            byId[partition.getPartitionId()] = partition;
        }
        this.partitions = byId;
    }

    private boolean owns(int partition) {
        Member owner = partitions[partition].getOwner();
        return owner != null && owner.localMember();
    }

    int partitionOf(UUID referenceId) {
        return hazelcast.getPartitionService().getPartition(referenceId).getPartitionId();
    }

    // ---- changes, on the partition's owner, in the partition's thread (from the entry processors) ----

    void inserted(int partition, UUID referenceId, byte[] record) {
        Set<UUID> ids = held.get(partition);
        if (ids != null) {
            insertIfAbsent(referenceId, PersonRecord.decode(record), ids);
        }
    }

    void deleted(int partition, UUID referenceId) {
        Set<UUID> ids = held.get(partition);
        if (ids != null) {
            if (loading.contains(partition)) {
                removedWhileLoading.add(referenceId);
            }
            gallery.delete(referenceId);
            ids.remove(referenceId);
        }
    }

    private void insertIfAbsent(UUID referenceId, TenPrint record, Set<UUID> ids) {
        try {
            if (!gallery.contains(referenceId)) {
                gallery.insert(referenceId, record);
            }
            ids.add(referenceId);
        } catch (AfisException e) {
            if (e.reason() != Reason.DUPLICATE_REFERENCE_ID) {
                throw e;
            }
            ids.add(referenceId);   // the load and the processor raced for it: one of them enrolled it
        }
    }

    // ---- partition table changes ----

    /** The partition's owner changed (a migration, or a backup promoted): what this member held of it goes. */
    void moved(int partition) {
        if (!held.containsKey(partition)) {
            return;
        }
        structure.writeLock().lock();
        try {
            drop(partition);
        } finally {
            structure.writeLock().unlock();
        }
    }

    private void drop(int partition) {
        Set<UUID> ids = held.remove(partition);
        if (ids != null) {
            ids.forEach(gallery::delete);
        }
    }

    /** The partition's owner and backup were lost together: nothing of it may be searched until restored. */
    void lost(int partition) {
        lost.add(partition);
        moved(partition);
        LOG.warning(() -> "gallery partition " + partition + " lost with its backup; searches fail until it is restored from the source");
    }

    /** The partition's persons were reloaded from the source of truth: load it again from the replica. */
    void restored(int partition) {
        moved(partition);
        lost.remove(partition);
    }

    /**
     * Makes the gallery hold exactly the wanted partitions: drops those this member no longer owns,
     * loads the wanted ones it owns and lacks from its replica. False if a wanted partition is not this
     * member's or the member holds an owned partition the caller did not ask for (the caller's
     * partition table is older than the member's): the caller asks again.
     */
    private boolean reconcile(Set<Integer> wanted) {
        structure.writeLock().lock();
        try {
            for (Integer p : List.copyOf(held.keySet())) {
                if (!owns(p)) {
                    drop(p);
                }
            }
            for (int p : wanted) {
                if (!owns(p)) {
                    return false;
                }
            }
            for (Integer p : held.keySet()) {
                if (!wanted.contains(p)) {
                    return false;
                }
            }
            Set<Integer> missing = new HashSet<>(wanted);
            missing.removeAll(held.keySet());
            if (!missing.isEmpty()) {
                load(missing);
            }
            return true;
        } finally {
            structure.writeLock().unlock();
        }
    }

    /**
     * Loads partitions from this member's replica. Each is registered before the replica is read, so
     * that an insert arriving meanwhile (the entry processor) goes into the gallery, not past it.
     */
    private void load(Set<Integer> missing) {
        for (int p : missing) {
            held.put(p, ConcurrentHashMap.newKeySet());
            loading.add(p);
        }
        try {
            IMap<UUID, byte[]> persons = hazelcast.getMap(ClusterSettings.PERSONS);
            Map<Integer, Set<UUID>> keys = new HashMap<>();
            for (UUID key : persons.localKeySet()) {
                int p = partitionOf(key);
                if (missing.contains(p)) {
                    keys.computeIfAbsent(p, k -> new HashSet<>()).add(key);
                }
            }
            for (Map.Entry<Integer, Set<UUID>> partition : keys.entrySet()) {
                Set<UUID> ids = held.get(partition.getKey());
                persons.getAll(partition.getValue()).entrySet().parallelStream().forEach(person -> {
                    if (!removedWhileLoading.contains(person.getKey())) {
                        insertIfAbsent(person.getKey(), PersonRecord.decode(person.getValue()), ids);
                    }
                });
            }
        } catch (RuntimeException e) {
            missing.forEach(this::drop);
            throw e;
        } finally {
            loading.removeAll(missing);
            if (loading.isEmpty()) {
                removedWhileLoading.clear();
            }
        }
    }

    // ---- the member's side of a search ----

    Answer firstStage(TenPrint probe, int[] wanted, int size) {
        Set<Integer> partitionsWanted = new HashSet<>();
        for (int p : wanted) {
            partitionsWanted.add(p);
        }
        Answer unavailable = unavailable(partitionsWanted);
        if (unavailable != null) {
            return unavailable;
        }
        if (!reconcile(partitionsWanted)) {
            return Answer.moved();
        }
        structure.readLock().lock();
        try {
            if (!held.keySet().equals(partitionsWanted)) {
                return Answer.moved();
            }
            return Answer.shortlist(gallery.count(), gallery.firstStage(probe, size));
        } finally {
            structure.readLock().unlock();
        }
    }

    /**
     * Builds the shard of the wanted partitions now (lost ones excepted: they wait for their restore), so
     * that a search does not: at 50,000 persons on a loaded machine the build inside the first search
     * took longer than the caller waits for an answer.
     */
    Answer build(int[] wanted) {
        Set<Integer> partitionsWanted = new HashSet<>();
        for (int p : wanted) {
            if (!lost.contains(p)) {
                partitionsWanted.add(p);
            }
        }
        return reconcile(partitionsWanted) ? Answer.built() : Answer.moved();
    }

    Answer secondStage(TenPrint probe, Map<UUID, Integer> ranks, int maxCandidates, boolean cascade) {
        Set<Integer> wanted = new HashSet<>();
        for (UUID id : ranks.keySet()) {
            wanted.add(partitionOf(id));
        }
        Answer unavailable = unavailable(wanted);
        if (unavailable != null) {
            return unavailable;
        }
        structure.readLock().lock();
        try {
            for (int p : wanted) {
                if (!owns(p) || !held.containsKey(p) || loading.contains(p)) {
                    return Answer.moved();
                }
            }
            List<UUID> missing = new ArrayList<>();
            for (UUID id : ranks.keySet()) {
                if (!gallery.contains(id)) {
                    missing.add(id);
                }
            }
            if (!missing.isEmpty() && !cascade) {
                // a search by list: persons not enrolled are skipped, as by a single gallery
                missing.forEach(ranks::remove);
            } else if (!missing.isEmpty()) {
                return Answer.moved();   // a person of the first stage's list went elsewhere meanwhile
            }
            return Answer.candidates(gallery.secondStage(probe, ranks, maxCandidates, cascade));
        } finally {
            structure.readLock().unlock();
        }
    }

    Answer verify(UUID referenceId, TenPrint probe) {
        int partition = partitionOf(referenceId);
        Answer unavailable = unavailable(Set.of(partition));
        if (unavailable != null) {
            return unavailable;
        }
        if (!owns(partition)) {
            return Answer.moved();
        }
        if (!held.containsKey(partition)) {
            structure.writeLock().lock();
            try {
                if (!held.containsKey(partition) && owns(partition)) {
                    load(Set.of(partition));
                }
            } finally {
                structure.writeLock().unlock();
            }
        }
        structure.readLock().lock();
        try {
            if (!owns(partition) || !held.containsKey(partition)) {
                return Answer.moved();
            }
            return gallery.contains(referenceId) ? Answer.verification(gallery.verify(referenceId, probe)) : Answer.unknown();
        } finally {
            structure.readLock().unlock();
        }
    }

    private Answer unavailable(Set<Integer> wanted) {
        List<Integer> gone = new ArrayList<>();
        for (int p : wanted) {
            if (lost.contains(p)) {
                gone.add(p);
            }
        }
        return gone.isEmpty() ? null : Answer.unavailable(gone);
    }

    MatchPolicy policy() {
        return policy;
    }

    void close() {
        gallery.close();
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
