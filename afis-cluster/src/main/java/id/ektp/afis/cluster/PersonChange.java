package id.ektp.afis.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/**
 * An insert or delete of one person, run by Hazelcast on the partition's owner (updating the map entry
 * and the owner's shard in the partition's own thread, so that changes of one partition apply in order)
 * and on its backup (the entry only: a backup keeps no index; it builds one if it is promoted).
 */
abstract class PersonChange implements EntryProcessor<UUID, byte[], Boolean>, HazelcastInstanceAware, IdentifiedDataSerializable {

    private transient HazelcastInstance instance;

    @Override
    public void setHazelcastInstance(HazelcastInstance instance) {
        this.instance = instance;
    }

    ShardHost host() {
        return instance == null ? null : (ShardHost) instance.getUserContext().get(ClusterSettings.SHARDS);
    }

    @Override
    public int getFactoryId() {
        return GalleryDataSerializers.FACTORY_ID;
    }

    /** Enrols the person unless the entry exists; true if enrolled now. */
    static final class Enrol extends PersonChange {
        byte[] record;
        boolean backup;

        public Enrol() {
        }

        Enrol(byte[] record, boolean backup) {
            this.record = record;
            this.backup = backup;
        }

        @Override
        public Boolean process(Map.Entry<UUID, byte[]> entry) {
            // The entry may be there already: the map's loader reads through to the source of truth, where
            // the caller stored the person just before (a live source such as central's log). The shard
            // must still get it (idempotent), or the person is in the map but never searched.
            byte[] held = entry.getValue();
            if (held == null) {
                entry.setValue(record);
                held = record;
            }
            ShardHost host = host();
            if (!backup && host != null) {
                host.inserted(host.partitionOf(entry.getKey()), entry.getKey(), held);
            }
            return held == record;
        }

        @Override
        public EntryProcessor<UUID, byte[], Boolean> getBackupProcessor() {
            return new Enrol(record, true);
        }

        @Override
        public void writeData(ObjectDataOutput out) throws IOException {
            out.writeByteArray(record);
            out.writeBoolean(backup);
        }

        @Override
        public void readData(ObjectDataInput in) throws IOException {
            record = in.readByteArray();
            backup = in.readBoolean();
        }

        @Override
        public int getClassId() {
            return GalleryDataSerializers.ENROL;
        }
    }

    /** Removes the person; true if it was enrolled. */
    static final class Remove extends PersonChange {
        boolean backup;

        public Remove() {
        }

        Remove(boolean backup) {
            this.backup = backup;
        }

        @Override
        public Boolean process(Map.Entry<UUID, byte[]> entry) {
            if (entry.getValue() == null) {
                return false;
            }
            entry.setValue(null);
            ShardHost host = host();
            if (!backup && host != null) {
                host.deleted(host.partitionOf(entry.getKey()), entry.getKey());
            }
            return true;
        }

        @Override
        public EntryProcessor<UUID, byte[], Boolean> getBackupProcessor() {
            return new Remove(true);
        }

        @Override
        public void writeData(ObjectDataOutput out) throws IOException {
            out.writeBoolean(backup);
        }

        @Override
        public void readData(ObjectDataInput in) throws IOException {
            backup = in.readBoolean();
        }

        @Override
        public int getClassId() {
            return GalleryDataSerializers.REMOVE;
        }
    }
}
