package id.ektp.afis.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.machinezoo.sourceafis.FingerprintMatcher;
import id.ektp.afis.Fvc2002;
import id.ektp.afis.Fvc2002.Set;
import id.ektp.afis.gallery.DecisionThresholds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExtractionAndMatchingTest {

    private static final double THRESHOLD = DecisionThresholds.DEFAULT.verify();

    @ParameterizedTest
    @EnumSource(Set.class)
    void matedImpressionsScoreAboveAndNonMatedBelowTheThreshold(Set set) {
        FingerprintMatcher probe = new FingerprintMatcher(Fvc2002.template(set, 101, 1).sourceAfis());

        double mated = probe.match(Fvc2002.template(set, 101, 3).sourceAfis());
        double nonMated = probe.match(Fvc2002.template(set, 102, 1).sourceAfis());

        assertThat(mated).as("mated 101_1 vs 101_3 in %s", set).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(nonMated).as("non-mated 101_1 vs 102_1 in %s", set).isLessThan(THRESHOLD);
    }

    @ParameterizedTest
    @EnumSource(Set.class)
    void aTemplateSurvivesSerializationUnchanged(Set set) {
        FingerTemplate template = Fvc2002.template(set, 103, 2);
        FingerTemplate restored = FingerTemplate.fromBytes(template.toBytes());

        FingerprintMatcher probe = new FingerprintMatcher(Fvc2002.template(set, 103, 4).sourceAfis());
        assertThat(probe.match(restored.sourceAfis())).isEqualTo(probe.match(template.sourceAfis()));
    }
}
