package id.ektp.afis.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.machinezoo.sourceafis.FingerprintMatcher;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.synthetic.SyntheticPopulation;
import org.junit.jupiter.api.Test;

/**
 * The flat matcher's scores against SourceAFIS's own on the synthetic fingers the benchmarks search (50 minutiae
 * and more, every finger position, mates and strangers): equal to the last bit.
 */
class FlatMatcherSyntheticTest {

    @Test
    void everyScoreIsSourceAfisOwn() {
        SyntheticPopulation population = new SyntheticPopulation(20_261_121L);
        int compared = 0;
        int mates = 0;
        for (long person = 0; person < 60; person++) {
            for (FingerPosition position : FingerPosition.values()) {
                if (!population.enrollable(person, position, 1)) {
                    continue;
                }
                FingerTemplate probe = population.template(person, position, 1);
                FingerprintMatcher own = new FingerprintMatcher(probe.sourceAfis());
                FlatProbe flat = FlatProbe.of(probe);
                for (int k = 0; k < 4; k++) {
                    long other = k == 0 ? person : 7_000_000L + person * 5 + k;
                    if (!population.enrollable(other, position, 0)) {
                        continue;
                    }
                    FingerTemplate candidate = population.template(other, position, 0);
                    double expected = own.match(candidate.sourceAfis());
                    double actual = FlatMatcher.current().match(flat, FlatTemplate.read(candidate.toBytes()));
                    assertThat(Double.doubleToRawLongBits(actual)).as("person %d %s candidate %d: %s vs %s", person, position, other, actual, expected)
                            .isEqualTo(Double.doubleToRawLongBits(expected));
                    compared++;
                    mates += k == 0 && expected >= 40 ? 1 : 0;
                }
            }
        }
        assertThat(compared).isGreaterThan(2_000);
        assertThat(mates).isGreaterThan(400);
    }
}
