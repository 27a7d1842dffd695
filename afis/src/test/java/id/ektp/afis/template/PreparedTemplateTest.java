package id.ektp.afis.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.Fvc2002;
import id.ektp.afis.Fvc2002.Set;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreparedTemplateTest {

    /** Every impression of the first four fingers of DB1_B: the prepared form must not change one score. */
    @Test
    void preparedTemplatesScoreExactlyAsSourceAfisOwnDeserialization() {
        List<FingerTemplate> originals = new ArrayList<>();
        for (int finger = 101; finger <= 104; finger++) {
            for (int impression = 1; impression <= 8; impression++) {
                originals.add(Fvc2002.template(Set.DB1_B, finger, impression));
            }
        }
        List<FingerprintTemplate> viaSourceAfis = new ArrayList<>();
        List<FingerprintTemplate> viaPrepared = new ArrayList<>();
        for (FingerTemplate original : originals) {
            viaSourceAfis.add(FingerTemplate.fromBytes(original.toSourceAfisBytes()).sourceAfis());
            viaPrepared.add(FingerTemplate.fromBytes(original.toBytes()).sourceAfis());
        }
        int compared = 0;
        for (int p = 0; p < originals.size(); p++) {
            FingerprintMatcher probe = new FingerprintMatcher(originals.get(p).sourceAfis());
            for (int c = 0; c < originals.size(); c++) {
                assertThat(probe.match(viaPrepared.get(c))).as("probe %d vs candidate %d", p, c)
                        .isEqualTo(probe.match(viaSourceAfis.get(c)));
                compared++;
            }
            // and as the probe side, which builds its own hash from the template
            assertThat(new FingerprintMatcher(viaPrepared.get(p)).match(viaSourceAfis.get((p + 1) % originals.size())))
                    .isEqualTo(probe.match(viaSourceAfis.get((p + 1) % originals.size())));
        }
        assertThat(compared).isEqualTo(32 * 32);
    }

    @Test
    void thePreparedFormIsStableAndTheSourceAfisFormStillReads() {
        FingerTemplate template = Fvc2002.template(Set.DB2_B, 105, 3);
        byte[] prepared = template.toBytes();

        assertThat(PreparedTemplate.isPrepared(prepared)).isTrue();
        assertThat(PreparedTemplate.isPrepared(template.toSourceAfisBytes())).isFalse();
        assertThat(FingerTemplate.fromBytes(prepared).toBytes()).isEqualTo(prepared);
        assertThat(FingerTemplate.fromBytes(template.toSourceAfisBytes()).toBytes()).isEqualTo(prepared);
    }

    @Test
    void damagedPreparedTemplatesAreRefusedNamingTheProblem() {
        byte[] prepared = Fvc2002.template(Set.DB1_B, 106, 2).toBytes();

        assertCorrupt(Arrays.copyOf(prepared, prepared.length - 3), "truncated");
        byte[] version = prepared.clone();
        version[4] = 9;
        assertCorrupt(version, "version 9");
        byte[] trailing = Arrays.copyOf(prepared, prepared.length + 2);
        assertCorrupt(trailing, "after the edge table");
        byte[] neighbour = prepared.clone();
        int n = ByteBuffer.wrap(neighbour, 9, 2).getShort();
        int firstRow = 11 + 9 * n;
        neighbour[firstRow + 1] = (byte) 0xff; // minutia 0's first neighbour index beyond the minutiae
        assertCorrupt(neighbour, "neighbour");
    }

    private static void assertCorrupt(byte[] bytes, String why) {
        assertThatThrownBy(() -> FingerTemplate.fromBytes(bytes)).hasMessageStartingWith(Reason.CORRUPT_TEMPLATE.name() + ": ")
                .hasMessageContaining(why);
    }
}
