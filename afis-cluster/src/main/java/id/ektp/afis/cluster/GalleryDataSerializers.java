package id.ektp.afis.cluster;

import com.hazelcast.nio.serialization.DataSerializableFactory;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;

/** The gallery's types on the wire, by number: no class names and no Java serialization. */
final class GalleryDataSerializers implements DataSerializableFactory {

    static final int FACTORY_ID = 1616;
    static final int ANSWER = 1;
    static final int FIRST_STAGE = 2;
    static final int SECOND_STAGE = 3;
    static final int VERIFY = 4;
    static final int RESTORED = 5;
    static final int ENROL = 6;
    static final int REMOVE = 7;
    static final int BUILD_SHARDS = 8;

    @Override
    public IdentifiedDataSerializable create(int typeId) {
        return switch (typeId) {
            case ANSWER -> new Answer();
            case FIRST_STAGE -> new MemberTask.FirstStage();
            case SECOND_STAGE -> new MemberTask.SecondStage();
            case VERIFY -> new MemberTask.Verify();
            case RESTORED -> new MemberTask.Restored();
            case ENROL -> new PersonChange.Enrol();
            case REMOVE -> new PersonChange.Remove();
            case BUILD_SHARDS -> new MemberTask.BuildShards();
            default -> throw new IllegalArgumentException("no gallery type " + typeId);
        };
    }
}
