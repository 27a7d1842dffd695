package id.ektp.afis.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.partition.MigrationListener;
import com.hazelcast.partition.MigrationState;
import com.hazelcast.partition.ReplicaMigrationEvent;
import id.ektp.afis.gallery.MatchPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One machine of the clustered gallery: a Hazelcast data member that owns some partitions of the persons
 * map (with one backup elsewhere), keeps one {@code FastGallery} of its owned partitions' persons in its
 * own folder and runs the search steps sent to it. On start it joins the listed members; its partitions come from the
 * source of truth when the cluster starts, from the other members' replicas when it rejoins.
 */
public final class GalleryMember implements AutoCloseable {

    private final HazelcastInstance hazelcast;
    private final ShardHost host;

    private GalleryMember(HazelcastInstance hazelcast, ShardHost host) {
        this.hazelcast = hazelcast;
        this.host = host;
    }

    /**
     * Starts a member and joins the cluster; returns once the persons map is loaded (when this member is among
     * the first, the map's eager initial load from the source, which Hazelcast waits for here).
     *
     * @param directory the member's own folder for its gallery's template file (emptied: the copy is rebuilt from the replicas)
     */
    public static GalleryMember start(ClusterSettings settings, PersonSource source, Path directory, MatchPolicy policy) {
        ShardHost host = new ShardHost(directory, policy, settings);
        Config config = settings.config(false, new SourceLoader(source));
        config.getUserContext().put(ClusterSettings.SHARDS, host);
        HazelcastInstance instance = Hazelcast.newHazelcastInstance(config);
        host.attach(instance);
        instance.getPartitionService().addMigrationListener(new MigrationListener() {
            @Override
            public void migrationStarted(MigrationState state) {
            }

            @Override
            public void migrationFinished(MigrationState state) {
            }

            @Override
            public void replicaMigrationCompleted(ReplicaMigrationEvent event) {
                if (event.getReplicaIndex() == 0) {
                    host.moved(event.getPartitionId());
                }
            }

            @Override
            public void replicaMigrationFailed(ReplicaMigrationEvent event) {
                if (event.getReplicaIndex() == 0) {
                    host.moved(event.getPartitionId());
                }
            }
        });
        IMap<UUID, byte[]> persons = instance.getMap(ClusterSettings.PERSONS);
        persons.addPartitionLostListener(event -> host.lost(event.getPartitionId()));
        return new GalleryMember(instance, host);
    }

    /** The data members in the cluster now, this one included (lite members such as central not counted). */
    public int dataMembers() {
        return (int) hazelcast.getCluster().getMembers().stream().filter(m -> !m.isLiteMember()).count();
    }

    /** The persons of the partitions this member owns now (its backups not counted). */
    public long ownedPersons() {
        return hazelcast.getMap(ClusterSettings.PERSONS).getLocalMapStats().getOwnedEntryCount();
    }

    /**
     * Waits until this member's partitions have their backups (after it joined, the migrations towards it are
     * done); false on timeout.
     */
    public boolean awaitSafe(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!hazelcast.getPartitionService().isLocalMemberSafe()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        return true;
    }

    /** The member's name in the cluster (its address), for logs and tests. */
    public String name() {
        return hazelcast.getCluster().getLocalMember().getAddress().toString();
    }

    /**
     * Stops the member at once, without handing its partitions over: what a crash or a pulled cable
     * does (the others promote its backups, or lose what it held alone).
     */
    public void kill() {
        hazelcast.getLifecycleService().terminate();
        host.close();
    }

    /** Leaves the cluster gracefully: its partitions are handed over first. */
    @Override
    public void close() {
        hazelcast.shutdown();
        host.close();
    }
}
