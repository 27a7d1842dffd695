package id.ektp.afis.cluster;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;
import id.ektp.afis.gallery.Candidate;
import id.ektp.afis.gallery.Decision;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.Verification;
import id.ektp.afis.index.FastGallery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A member's answer to one step of a search: only IDs and scores travel, never templates. Kinds: the
 * member's first-stage list with how many persons it searched; its candidates from the second stage; a
 * verification; or why it could not answer ({@code MOVED}: ask again, the partition table changed;
 * {@code UNAVAILABLE}: the named partitions were lost; {@code UNKNOWN}: no such person).
 */
final class Answer implements IdentifiedDataSerializable {

    static final byte SHORTLIST = 1;
    static final byte CANDIDATES = 2;
    static final byte VERIFICATION = 3;
    static final byte MOVED = 4;
    static final byte UNAVAILABLE = 5;
    static final byte UNKNOWN = 6;
    static final byte BUILT = 7;

    /** The first stage's order: higher score first, ties by reference ID (the merge must be deterministic). */
    static final Comparator<FastGallery.Shortlisted> BY_SCORE = Comparator.comparingDouble((FastGallery.Shortlisted s) -> s.score())
            .reversed().thenComparing(FastGallery.Shortlisted::referenceId);

    byte kind;
    long searched;
    List<FastGallery.Shortlisted> shortlist = List.of();
    List<Candidate> candidates = List.of();
    Verification verification;
    List<Integer> partitions = List.of();

    public Answer() {
    }

    static Answer shortlist(long searched, List<FastGallery.Shortlisted> list) {
        Answer a = of(SHORTLIST);
        a.searched = searched;
        a.shortlist = list;
        return a;
    }

    static Answer candidates(List<Candidate> list) {
        Answer a = of(CANDIDATES);
        a.candidates = list;
        return a;
    }

    static Answer verification(Verification verification) {
        Answer a = of(VERIFICATION);
        a.verification = verification;
        return a;
    }

    static Answer moved() {
        return of(MOVED);
    }

    static Answer unknown() {
        return of(UNKNOWN);
    }

    /** The member's shard holds exactly the partitions it was asked to build. */
    static Answer built() {
        return of(BUILT);
    }

    static Answer unavailable(List<Integer> partitions) {
        Answer a = of(UNAVAILABLE);
        a.partitions = List.copyOf(partitions);
        return a;
    }

    private static Answer of(byte kind) {
        Answer a = new Answer();
        a.kind = kind;
        return a;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeByte(kind);
        switch (kind) {
            case SHORTLIST -> {
                out.writeLong(searched);
                out.writeInt(shortlist.size());
                for (FastGallery.Shortlisted s : shortlist) {
                    writeId(out, s.referenceId());
                    out.writeFloat(s.score());
                }
            }
            case CANDIDATES -> {
                out.writeInt(candidates.size());
                for (Candidate c : candidates) {
                    writeId(out, c.referenceId());
                    out.writeDouble(c.fusedScore());
                    out.writeByte(c.decision().ordinal());
                    writeScores(out, c.fingerScores());
                }
            }
            case VERIFICATION -> {
                writeId(out, verification.referenceId());
                out.writeDouble(verification.fusedScore());
                out.writeBoolean(verification.match());
                writeScores(out, verification.fingerScores());
            }
            case UNAVAILABLE -> {
                out.writeInt(partitions.size());
                for (int p : partitions) {
                    out.writeInt(p);
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        kind = in.readByte();
        switch (kind) {
            case SHORTLIST -> {
                searched = in.readLong();
                int n = in.readInt();
                List<FastGallery.Shortlisted> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(new FastGallery.Shortlisted(readId(in), in.readFloat()));
                }
                shortlist = list;
            }
            case CANDIDATES -> {
                int n = in.readInt();
                List<Candidate> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    UUID id = readId(in);
                    double fused = in.readDouble();
                    Decision decision = Decision.values()[in.readByte()];
                    list.add(new Candidate(id, fused, readScores(in), decision));
                }
                candidates = list;
            }
            case VERIFICATION -> {
                UUID id = readId(in);
                double fused = in.readDouble();
                boolean match = in.readBoolean();
                verification = new Verification(id, fused, readScores(in), match);
            }
            case UNAVAILABLE -> {
                int n = in.readInt();
                List<Integer> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(in.readInt());
                }
                partitions = list;
            }
            default -> {
            }
        }
    }

    static void writeId(ObjectDataOutput out, UUID id) throws IOException {
        out.writeLong(id.getMostSignificantBits());
        out.writeLong(id.getLeastSignificantBits());
    }

    static UUID readId(ObjectDataInput in) throws IOException {
        return new UUID(in.readLong(), in.readLong());
    }

    private static void writeScores(ObjectDataOutput out, Map<FingerPosition, Double> scores) throws IOException {
        out.writeByte(scores.size());
        for (Map.Entry<FingerPosition, Double> e : scores.entrySet()) {
            out.writeByte(e.getKey().isoCode());
            out.writeDouble(e.getValue());
        }
    }

    private static Map<FingerPosition, Double> readScores(ObjectDataInput in) throws IOException {
        int n = in.readByte();
        EnumMap<FingerPosition, Double> scores = new EnumMap<>(FingerPosition.class);
        for (int i = 0; i < n; i++) {
            FingerPosition position = FingerPosition.ofIsoCode(in.readByte());
            scores.put(position, in.readDouble());
        }
        return scores;
    }

    @Override
    public int getFactoryId() {
        return GalleryDataSerializers.FACTORY_ID;
    }

    @Override
    public int getClassId() {
        return GalleryDataSerializers.ANSWER;
    }
}
