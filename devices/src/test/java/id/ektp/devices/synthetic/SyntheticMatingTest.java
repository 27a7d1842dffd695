package id.ektp.devices.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import com.machinezoo.sourceafis.FingerprintImage;
import com.machinezoo.sourceafis.FingerprintImageOptions;
import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Mated synthetic impressions match through SourceAFIS and non-mated ones do not. */
class SyntheticMatingTest {
    /** SourceAFIS's threshold for a false match rate of 0.01 %. */
    private static final double THRESHOLD = 40;
    private static final int MASTERS = 4;

    @Test
    void matedImpressionsMatchAndNonMatedDoNot() {
        SyntheticFingerprintGenerator generator = new SyntheticFingerprintGenerator();
        List<FingerprintTemplate[]> fingers = IntStream.range(0, MASTERS).parallel().mapToObj(m -> {
            MasterFinger master = generator.master("mating-test/" + m);
            FingerprintTemplate[] impressions = new FingerprintTemplate[2];
            for (int i = 0; i < 2; i++) {
                SyntheticFingerprint print = generator.impression(master, i + 1, ScannerFormat.OPTICAL_388X374);
                impressions[i] = new FingerprintTemplate(new FingerprintImage(print.width(), print.height(),
                        print.pixels(), new FingerprintImageOptions().dpi(print.dpi())));
            }
            return impressions;
        }).toList();

        List<Double> mated = new ArrayList<>();
        List<Double> nonMated = new ArrayList<>();
        for (int a = 0; a < MASTERS; a++) {
            FingerprintMatcher matcher = new FingerprintMatcher(fingers.get(a)[0]);
            mated.add(matcher.match(fingers.get(a)[1]));
            for (int b = 0; b < MASTERS; b++) {
                if (b != a) {
                    nonMated.add(matcher.match(fingers.get(b)[1]));
                }
            }
        }
        assertThat(nonMated).allSatisfy(score -> assertThat(score).isLessThan(THRESHOLD));
        // Like real fingers, an occasional mated pair may fail (FVC2002 DB4's rate is 73 %); most must match.
        assertThat(mated.stream().filter(score -> score >= THRESHOLD).count()).isGreaterThanOrEqualTo(MASTERS - 1);
        assertThat(mated.stream().mapToDouble(Double::doubleValue).average().orElseThrow())
                .isGreaterThan(nonMated.stream().mapToDouble(Double::doubleValue).max().orElseThrow() * 2);
    }
}
