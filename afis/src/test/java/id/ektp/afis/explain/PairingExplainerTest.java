package id.ektp.afis.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.machinezoo.sourceafis.FingerprintMatcher;
import id.ektp.afis.Fvc2002;
import id.ektp.afis.Fvc2002.Set;
import id.ektp.afis.template.FingerTemplate;
import id.ektp.afis.template.Minutia;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pairing an adjudicator sees, on real FVC2002 impressions (DB1_B, 500 DPI). */
class PairingExplainerTest {

    private final PairingExplainer explainer = new PairingExplainer();

    @Test
    void aMatedPairHasManyPairedMinutiaeWhoseLayoutIsTheSameOnBothImages() {
        FingerTemplate probe = Fvc2002.template(Set.DB1_B, 101, 1);
        FingerTemplate candidate = Fvc2002.template(Set.DB1_B, 101, 3);

        FingerComparison comparison = explainer.explain(probe, candidate);

        assertThat(comparison.score()).isEqualTo(new FingerprintMatcher(probe.sourceAfis()).match(candidate.sourceAfis()));
        assertThat(comparison.pairs()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(comparison.pairs()).allSatisfy(pair -> {
            assertThat(probe.minutiae()).contains(pair.probe());
            assertThat(candidate.minutiae()).contains(pair.candidate());
        });
        // Paired minutiae are the same places of one finger: the distance between two pairs is nearly the same
        // in both images (the finger moved and turned, but skin stretches little).
        List<PairedMinutia> pairs = comparison.pairs();
        int close = 0;
        for (int i = 1; i < pairs.size(); i++) {
            double inProbe = distance(pairs.get(0).probe(), pairs.get(i).probe());
            double inCandidate = distance(pairs.get(0).candidate(), pairs.get(i).candidate());
            if (Math.abs(inProbe - inCandidate) <= 0.15 * inProbe + 10) {
                close++;
            }
        }
        assertThat(close).isGreaterThanOrEqualTo((pairs.size() - 1) * 9 / 10);
        // Each image's minutiae are told apart: no minutia is paired twice.
        assertThat(pairs.stream().map(PairedMinutia::probe).distinct()).hasSameSizeAs(pairs);
        assertThat(pairs.stream().map(PairedMinutia::candidate).distinct()).hasSameSizeAs(pairs);
    }

    @Test
    void anImpostorPairHasFewPairedMinutiae() {
        FingerComparison mated = explainer.explain(Fvc2002.template(Set.DB1_B, 101, 1), Fvc2002.template(Set.DB1_B, 101, 3));
        for (int other = 102; other <= 105; other++) {
            FingerComparison impostor = explainer.explain(Fvc2002.template(Set.DB1_B, 101, 1), Fvc2002.template(Set.DB1_B, other, 1));

            assertThat(impostor.pairs()).as("101_1 against %d_1", other).hasSizeLessThan(mated.pairs().size() / 2);
            assertThat(impostor.score()).isLessThan(mated.score() / 2);
        }
    }

    private static double distance(Minutia a, Minutia b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }
}
