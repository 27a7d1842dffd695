package id.ektp.afis.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;
import id.ektp.afis.gallery.TenPrint;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * The steps of a search that run on the members, where the partitions live: each finds the member's
 * {@link ShardHost} in the instance's user context. The probe travels as its prepared templates
 * ({@link PersonRecord}).
 */
abstract class MemberTask implements Callable<Answer>, HazelcastInstanceAware, IdentifiedDataSerializable {

    private transient ShardHost host;

    @Override
    public void setHazelcastInstance(HazelcastInstance instance) {
        this.host = (ShardHost) instance.getUserContext().get(ClusterSettings.SHARDS);
    }

    @Override
    public Answer call() {
        if (host == null) {
            throw new IllegalStateException("a gallery task reached a Hazelcast member without a gallery shard host");
        }
        return run(host);
    }

    abstract Answer run(ShardHost host);

    @Override
    public int getFactoryId() {
        return GalleryDataSerializers.FACTORY_ID;
    }

    /** First stage over the listed partitions: the member's best {@code size} persons. */
    static final class FirstStage extends MemberTask {
        byte[] probe;
        int[] partitions;
        int size;

        public FirstStage() {
        }

        FirstStage(byte[] probe, int[] partitions, int size) {
            this.probe = probe;
            this.partitions = partitions;
            this.size = size;
        }

        @Override
        Answer run(ShardHost host) {
            return host.firstStage(PersonRecord.decode(probe), partitions, size);
        }

        @Override
        public void writeData(ObjectDataOutput out) throws IOException {
            out.writeByteArray(probe);
            out.writeIntArray(partitions);
            out.writeInt(size);
        }

        @Override
        public void readData(ObjectDataInput in) throws IOException {
            probe = in.readByteArray();
            partitions = in.readIntArray();
            size = in.readInt();
        }

        @Override
        public int getClassId() {
            return GalleryDataSerializers.FIRST_STAGE;
        }
    }

    /** Second stage for the member's persons of the merged list, at their ranks in it. */
    static final class SecondStage extends MemberTask {
        byte[] probe;
        Map<UUID, Integer> ranks;
        int maxCandidates;
        boolean cascade;

        public SecondStage() {
        }

        SecondStage(byte[] probe, Map<UUID, Integer> ranks, int maxCandidates, boolean cascade) {
            this.probe = probe;
            this.ranks = ranks;
            this.maxCandidates = maxCandidates;
            this.cascade = cascade;
        }

        @Override
        Answer run(ShardHost host) {
            return host.secondStage(PersonRecord.decode(probe), ranks, maxCandidates, cascade);
        }

        @Override
        public void writeData(ObjectDataOutput out) throws IOException {
            out.writeByteArray(probe);
            out.writeInt(maxCandidates);
            out.writeBoolean(cascade);
            out.writeInt(ranks.size());
            for (Map.Entry<UUID, Integer> e : ranks.entrySet()) {
                Answer.writeId(out, e.getKey());
                out.writeInt(e.getValue());
            }
        }

        @Override
        public void readData(ObjectDataInput in) throws IOException {
            probe = in.readByteArray();
            maxCandidates = in.readInt();
            cascade = in.readBoolean();
            int n = in.readInt();
            ranks = new HashMap<>();
            for (int i = 0; i < n; i++) {
                UUID id = Answer.readId(in);
                ranks.put(id, in.readInt());
            }
        }

        @Override
        public int getClassId() {
            return GalleryDataSerializers.SECOND_STAGE;
        }
    }

    /** 1:1 on the person's owner. */
    static final class Verify extends MemberTask {
        UUID referenceId;
        byte[] probe;

        public Verify() {
        }

        Verify(UUID referenceId, byte[] probe) {
            this.referenceId = referenceId;
            this.probe = probe;
        }

        @Override
        Answer run(ShardHost host) {
            TenPrint print = PersonRecord.decode(probe);
            return host.verify(referenceId, print);
        }

        @Override
        public void writeData(ObjectDataOutput out) throws IOException {
            Answer.writeId(out, referenceId);
            out.writeByteArray(probe);
        }

        @Override
        public void readData(ObjectDataInput in) throws IOException {
            referenceId = Answer.readId(in);
            probe = in.readByteArray();
        }

        @Override
        public int getClassId() {
            return GalleryDataSerializers.VERIFY;
        }
    }

    /** A task about a list of partitions: the list is all it carries. */
    abstract static class PartitionsTask extends MemberTask {
        int[] partitions;

        PartitionsTask() {
        }

        PartitionsTask(int[] partitions) {
            this.partitions = partitions;
        }

        @Override
        public void writeData(ObjectDataOutput out) throws IOException {
            out.writeIntArray(partitions);
        }

        @Override
        public void readData(ObjectDataInput in) throws IOException {
            partitions = in.readIntArray();
        }
    }

    /** Builds the member's shard of the listed partitions (those it owns now) before a search needs it. */
    static final class BuildShards extends PartitionsTask {
        public BuildShards() {
        }

        BuildShards(int[] partitions) {
            super(partitions);
        }

        @Override
        Answer run(ShardHost host) {
            return host.build(partitions);
        }

        @Override
        public int getClassId() {
            return GalleryDataSerializers.BUILD_SHARDS;
        }
    }

    /** The listed partitions were reloaded from the source: members rebuild their shards of them. */
    static final class Restored extends PartitionsTask {
        public Restored() {
        }

        Restored(int[] partitions) {
            super(partitions);
        }

        @Override
        Answer run(ShardHost host) {
            for (int p : partitions) {
                host.restored(p);
            }
            return Answer.moved();
        }

        @Override
        public int getClassId() {
            return GalleryDataSerializers.RESTORED;
        }
    }
}
