package id.ektp.afis.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.engine.features.IndexedEdge;
import com.machinezoo.sourceafis.engine.matcher.EdgeHashes;
import com.machinezoo.sourceafis.engine.templates.SearchTemplate;
import id.ektp.afis.Fvc2002;
import id.ektp.afis.Fvc2002.Set;
import it.unimi.dsi.fastutil.ints.Int2ObjectMap;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeMatchersTest {

    @Test
    void theEdgeHashIsSourceAfisOwnKeyForKeyAndEdgeForEdge() {
        for (Set set : Set.values()) {
            for (int finger = 101; finger <= 103; finger++) {
                assertSameHash(Fvc2002.template(set, finger, 1), set + " " + finger);
            }
        }
    }

    @Test
    void anEdgeShorterThanTheDistanceToleranceKeepsSourceAfisOwnKey() {
        // two minutiae on one spot (different directions): a zero-length edge, whose length bin is -1
        FingerTemplate template = handMade(new int[][] {{100, 100, 0}, {100, 100, 2}, {160, 130, 1}, {90, 190, 4}, {200, 220, 5}});
        assertSameHash(template, "hand-made");
    }

    @Test
    void scoresAreThoseOfSourceAfisOwnMatcher() {
        List<FingerTemplate> templates = new ArrayList<>();
        for (int impression = 1; impression <= 8; impression++) {
            templates.add(Fvc2002.template(Set.DB1_B, 101, impression));
            templates.add(Fvc2002.template(Set.DB3_B, 105, impression));
        }
        for (FingerTemplate probe : templates) {
            FingerprintMatcher own = new FingerprintMatcher(probe.sourceAfis());
            FingerprintMatcher ours = ProbeMatchers.of(probe);
            for (FingerTemplate candidate : templates) {
                assertThat(ours.match(candidate.sourceAfis())).isEqualTo(own.match(candidate.sourceAfis()));
            }
        }
    }

    private static void assertSameHash(FingerTemplate template, String what) {
        SearchTemplate search = PreparedTemplate.search(template.sourceAfis());
        Int2ObjectMap<List<IndexedEdge>> own = EdgeHashes.build(search);
        Int2ObjectMap<List<IndexedEdge>> ours = new CompactEdgeHash(search.minutiae);
        assertThat(ours.size()).as("%s: bins", what).isEqualTo(own.size());
        for (Int2ObjectMap.Entry<List<IndexedEdge>> bin : own.int2ObjectEntrySet()) {
            List<IndexedEdge> expected = bin.getValue();
            List<IndexedEdge> actual = ours.get(bin.getIntKey());
            assertThat(actual).as("%s: bin %x", what, bin.getIntKey()).isNotNull().hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.get(i).reference()).isEqualTo(expected.get(i).reference());
                assertThat(actual.get(i).neighbor()).isEqualTo(expected.get(i).neighbor());
            }
        }
        // a key no edge reaches is absent, as in SourceAFIS's map
        assertThat(ours.get((36 << 24) + (36 << 16) + 0x7fff)).isNull();
        assertThat(ours.int2ObjectEntrySet()).hasSize(own.size());
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
