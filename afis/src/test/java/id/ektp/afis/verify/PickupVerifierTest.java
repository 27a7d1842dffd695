package id.ektp.afis.verify;

import static id.ektp.afis.gallery.FingerPosition.LEFT_INDEX;
import static id.ektp.afis.gallery.FingerPosition.RIGHT_INDEX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ektp.afis.AfisException;
import id.ektp.afis.Fvc2002;
import id.ektp.afis.Fvc2002.Set;
import id.ektp.afis.image.FingerprintImageReader;
import id.ektp.afis.image.GrayscaleImage;
import id.ektp.afis.template.FingerTemplate;
import id.ektp.afis.template.TemplateExtractor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pick-up on chimeric FVC2002 residents: finger 101 of DB1_B as the right index, 102 as the left. */
class PickupVerifierTest {

    private final PickupVerifier verifier = new PickupVerifier();

    @Test
    void theResidentsOwnFingersMatchAtTheFirstAttempt() {
        PickupCheck check = verifier.begin(enrolled(101, 102));

        PickupAttempt attempt = check.attempt(live(101, 102, 3));

        assertThat(attempt.decision()).isEqualTo(PickupDecision.MATCH);
        assertThat(attempt.score().fingerScores()).containsOnlyKeys(RIGHT_INDEX, LEFT_INDEX);
        assertThat(attempt.score().fused()).isGreaterThanOrEqualTo(PickupPolicy.DEFAULT.threshold());
        assertThat(attempt.finished()).isTrue();
        assertThat(check.outcome()).contains(PickupDecision.MATCH);
    }

    @Test
    void anotherPersonsFingersFailEveryAttemptAndTheCheckEndsAfterTheLast() {
        PickupCheck check = verifier.begin(enrolled(101, 102));

        for (int attempt = 1; attempt <= PickupPolicy.DEFAULT.maxAttempts(); attempt++) {
            PickupAttempt result = check.attempt(live(103 + attempt, 108, 3));
            assertThat(result.decision()).isEqualTo(PickupDecision.NO_MATCH);
            assertThat(result.attemptsLeft()).isEqualTo(PickupPolicy.DEFAULT.maxAttempts() - attempt);
        }

        assertThat(check.outcome()).contains(PickupDecision.NO_MATCH);
        assertThatThrownBy(() -> check.attempt(live(101, 102, 4))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFingerTipOnlyCaptureIsRetriedAndTheNextCaptureMatches() {
        PickupCheck check = verifier.begin(enrolled(101, 102));
        FingerTemplate tip = new TemplateExtractor().extract(middle(Fvc2002.image(Set.DB1_B, 101, 5)));

        PickupAttempt first = check.attempt(Map.of(RIGHT_INDEX, tip));
        PickupAttempt second = check.attempt(live(101, 102, 5));

        assertThat(first.decision()).isEqualTo(PickupDecision.NO_MATCH);
        assertThat(first.attemptsLeft()).isEqualTo(2);
        assertThat(second.decision()).isEqualTo(PickupDecision.MATCH);
        assertThat(second.number()).isEqualTo(2);
    }

    @Test
    void eachLiveFingerKeepsItsBestScoreOverTheEnrolledImpressions() {
        FingerTemplate first = Fvc2002.template(Set.DB1_B, 101, 1);
        FingerTemplate second = Fvc2002.template(Set.DB1_B, 101, 2);
        FingerTemplate live = Fvc2002.template(Set.DB1_B, 101, 6);
        PickupReference both = new PickupReference(Map.of(RIGHT_INDEX, List.of(first, second)));

        double best = verifier.score(both, Map.of(RIGHT_INDEX, live)).fingerScores().get(RIGHT_INDEX);

        assertThat(best).isEqualTo(Math.max(
                verifier.score(new PickupReference(Map.of(RIGHT_INDEX, List.of(first))), Map.of(RIGHT_INDEX, live)).fused(),
                verifier.score(new PickupReference(Map.of(RIGHT_INDEX, List.of(second))), Map.of(RIGHT_INDEX, live)).fused()));
    }

    @Test
    void aFingerTheChipDoesNotHoldIsIgnoredAndACaptureWithoutFingersIsRefused() {
        PickupReference reference = enrolled(101, 102);

        assertThat(verifier.score(reference, Map.of(id.ektp.afis.gallery.FingerPosition.RIGHT_THUMB,
                Fvc2002.template(Set.DB1_B, 101, 3))).fused()).isZero();
        assertThatThrownBy(() -> verifier.score(reference, Map.of()))
                .isInstanceOfSatisfying(AfisException.class, e -> assertThat(e.reason()).isEqualTo(AfisException.Reason.EMPTY_TEN_PRINT));
    }

    private static PickupReference enrolled(int right, int left) {
        return PickupReference.chipFingers(Fvc2002.template(Set.DB1_B, right, 1), Fvc2002.template(Set.DB1_B, right, 2),
                Fvc2002.template(Set.DB1_B, left, 1), Fvc2002.template(Set.DB1_B, left, 2));
    }

    private static Map<id.ektp.afis.gallery.FingerPosition, FingerTemplate> live(int right, int left, int impression) {
        return Map.of(RIGHT_INDEX, Fvc2002.template(Set.DB1_B, right, impression),
                LEFT_INDEX, Fvc2002.template(Set.DB1_B, left, impression));
    }

    /** The middle 100 x 100 pixels (5 mm square): a fingertip barely touching the platen. */
    private static GrayscaleImage middle(java.nio.file.Path file) {
        GrayscaleImage image = new FingerprintImageReader().read(file, Set.DB1_B.resolution);
        int side = 100;
        byte[] pixels = new byte[side * side];
        int x0 = (image.width() - side) / 2;
        int y0 = (image.height() - side) / 2;
        for (int y = 0; y < side; y++)
            System.arraycopy(image.pixels(), (y0 + y) * image.width() + x0, pixels, y * side, side);
        return new GrayscaleImage(side, side, pixels, image.resolution());
    }
}
