package id.ektp.afis.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.engine.features.IndexedEdge;
import com.machinezoo.sourceafis.engine.matcher.EdgeHashes;
import com.machinezoo.sourceafis.engine.templates.SearchTemplate;
import id.ektp.afis.AfisException;
import id.ektp.afis.Fvc2002;
import id.ektp.afis.Fvc2002.Set;
import it.unimi.dsi.fastutil.ints.Int2ObjectMap;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The flat matcher is SourceAFIS's matcher: the same hash, the same template, the same score to the last bit. */
class FlatMatcherTest {

    @Test
    void scoresAreSourceAfisOwnToTheLastBitOnEverySet() {
        int nonZero = 0;
        int compared = 0;
        for (Set set : Set.values()) {
            List<FingerTemplate> templates = new ArrayList<>();
            for (int finger = 101; finger <= 105; finger++) {
                for (int impression = 1; impression <= 8; impression++) {
                    templates.add(Fvc2002.template(set, finger, impression));
                }
            }
            List<FlatTemplate> stored = templates.stream().map(t -> FlatTemplate.read(t.toBytes())).toList();
            for (FingerTemplate probe : templates) {
                FingerprintMatcher own = new FingerprintMatcher(probe.sourceAfis());
                FlatProbe flat = FlatProbe.of(probe);
                for (int c = 0; c < templates.size(); c++) {
                    double expected = own.match(templates.get(c).sourceAfis());
                    double actual = FlatMatcher.current().match(flat, stored.get(c));
                    assertThat(Double.doubleToRawLongBits(actual)).as("%s probe %s candidate %d: %s vs %s", set, templates.indexOf(probe), c, actual, expected)
                            .isEqualTo(Double.doubleToRawLongBits(expected));
                    nonZero += expected > 0 ? 1 : 0;
                    compared++;
                }
            }
        }
        // mated pairs (same finger) and impostor pairs above SourceAFIS's floor of 0 are both among them
        assertThat(nonZero).isGreaterThan(compared / 10);
    }

    @Test
    void theHashListsSourceAfisOwnEdgesBinForBin() {
        for (Set set : Set.values()) {
            for (int finger = 101; finger <= 103; finger++) {
                assertSameHash(Fvc2002.template(set, finger, 1), set + " " + finger);
            }
        }
        // two minutiae on one spot (different directions): a zero-length edge, whose length bin is -1
        assertSameHash(handMade(new int[][] {{100, 100, 0}, {100, 100, 2}, {160, 130, 1}, {90, 190, 4}, {200, 220, 5}}), "hand-made");
    }

    @Test
    void theFlatTemplateReadFromBytesIsTheTemplateInMemory() {
        FingerTemplate template = Fvc2002.template(Set.DB2_B, 104, 3);
        FlatTemplate read = FlatTemplate.read(template.toBytes());
        FlatTemplate of = FlatTemplate.of(template);
        assertThat(read.count).isEqualTo(of.count).isPositive();
        assertThat(read.x).isEqualTo(of.x);
        assertThat(read.y).isEqualTo(of.y);
        assertThat(read.direction).isEqualTo(of.direction);
        assertThat(read.bifurcation).isEqualTo(of.bifurcation);
        assertThat(read.starStart).isEqualTo(of.starStart);
        assertThat(read.starNeighbor).isEqualTo(of.starNeighbor);
        assertThat(read.starLength).isEqualTo(of.starLength);
        assertThat(read.starReferenceAngle).isEqualTo(of.starReferenceAngle);
        assertThat(read.starNeighborAngle).isEqualTo(of.starNeighborAngle);
    }

    @Test
    void tinyTemplatesScoreAsInSourceAfis() {
        FingerTemplate one = handMade(new int[][] {{100, 100, 0}});
        FingerTemplate two = handMade(new int[][] {{100, 100, 0}, {180, 140, 3}});
        FingerTemplate zeroLength = handMade(new int[][] {{100, 100, 0}, {100, 100, 2}, {160, 130, 1}, {90, 190, 4}, {200, 220, 5}});
        FingerTemplate real = Fvc2002.template(Set.DB1_B, 101, 1);
        List<FingerTemplate> all = List.of(one, two, zeroLength, real);
        for (FingerTemplate probe : all) {
            for (FingerTemplate candidate : all) {
                double expected = new FingerprintMatcher(probe.sourceAfis()).match(candidate.sourceAfis());
                assertThat(FlatMatcher.current().match(FlatProbe.of(probe), FlatTemplate.read(candidate.toBytes()))).isEqualTo(expected);
            }
        }
    }

    @Test
    void damagedBytesAreRefusedAsThePreparedFormRefusesThem() {
        byte[] good = Fvc2002.template(Set.DB1_B, 102, 2).toBytes();
        List<byte[]> damaged = List.of(
                Arrays.copyOf(good, good.length - 3),                      // truncated
                Arrays.copyOf(good, good.length + 1),                      // a byte after the edge table
                Arrays.copyOf(good, 20),                                   // cut in the minutiae
                withByte(good, 0, (byte) 0),                               // not the magic
                withByte(good, 4, (byte) 9),                               // unknown version
                withByte(good, good.length - 1, (byte) 0xff));             // a neighbour beyond the minutiae
        for (byte[] bytes : damaged) {
            assertThatThrownBy(() -> FingerTemplate.fromBytes(bytes)).isInstanceOf(AfisException.class);
            assertThatThrownBy(() -> FlatTemplate.read(bytes)).isInstanceOfSatisfying(AfisException.class,
                    e -> assertThat(e.reason()).isEqualTo(AfisException.Reason.CORRUPT_TEMPLATE));
        }
    }

    private static byte[] withByte(byte[] bytes, int at, byte value) {
        byte[] copy = bytes.clone();
        copy[at] = value;
        return copy;
    }

    private static void assertSameHash(FingerTemplate template, String what) {
        SearchTemplate search = PreparedTemplate.search(template.sourceAfis());
        Int2ObjectMap<List<IndexedEdge>> own = EdgeHashes.build(search);
        FlatProbe ours = FlatProbe.of(template);
        int reachable = 0;
        for (Int2ObjectMap.Entry<List<IndexedEdge>> bin : own.int2ObjectEntrySet()) {
            int key = bin.getIntKey();
            int lengthBin = key & 0xffff;
            if (lengthBin == 0xffff) {
                continue; // SourceAFIS's key of a length bin of -1, which no lookup makes
            }
            int slot = (((key >>> 24) * FlatProbe.ANGLE_BINS) + ((key >>> 16) & 0xff)) * ours.lengthBins + lengthBin;
            List<IndexedEdge> expected = bin.getValue();
            assertThat(ours.binStart[slot + 1] - ours.binStart[slot]).as("%s: bin %x", what, key).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                int edge = ours.binEdge[ours.binStart[slot] + i];
                IndexedEdge own1 = expected.get(i);
                assertThat(ours.edgeReference[edge]).isEqualTo(own1.reference());
                assertThat(ours.edgeLength[edge]).isEqualTo(own1.length);
                assertThat(ours.edgeReferenceAngle[edge]).isEqualTo(own1.referenceAngle);
                assertThat(ours.edgeNeighborAngle[edge]).isEqualTo(own1.neighborAngle);
            }
            reachable += expected.size();
        }
        // nothing more than SourceAFIS's bins: every entry of the flat hash was one of them
        assertThat(ours.binEdge.length).as("%s: entries", what).isEqualTo(reachable);
    }

    /** A prepared template of the given minutiae (x, y, direction in radians), every other minutia its neighbour. */
    private static FingerTemplate handMade(int[][] minutiae) {
        int n = minutiae.length;
        ByteBuffer out = ByteBuffer.allocate(4 + 1 + 6 + n * 9 + n * n);
        out.putInt(0x454B5054).put((byte) 1).putShort((short) 300).putShort((short) 300).putShort((short) n);
        for (int[] m : minutiae) {
            out.putShort((short) m[0]).putShort((short) m[1]).putFloat(m[2]).put((byte) 0);
        }
        for (int i = 0; i < n; i++) {
            out.put((byte) (n - 1));
            for (int k = 0; k < n; k++) {
                if (k != i) {
                    out.put((byte) k);
                }
            }
        }
        byte[] bytes = new byte[out.position()];
        out.flip().get(bytes);
        return FingerTemplate.fromBytes(bytes);
    }
}
