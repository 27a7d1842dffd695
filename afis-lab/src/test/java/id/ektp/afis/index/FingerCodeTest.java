package id.ektp.afis.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.ektp.afis.AfisAssertions;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.synthetic.SyntheticPopulation;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FingerCodeTest {

    private final SyntheticPopulation population = new SyntheticPopulation(7);

    @Test
    void theSameMinutiaeAlwaysGiveTheSameCode() {
        byte[] iso = population.isoRecord(3, FingerPosition.LEFT_INDEX, 0);
        long[] first = FingerCode.encode(IsoMinutiaeReader.read(iso), LEFT_INDEX);
        long[] second = FingerCode.encode(IsoMinutiaeReader.read(iso.clone()), LEFT_INDEX);

        assertThat(second).isEqualTo(first);
        assertThat(FingerCode.weight(first, 0)).isBetween(50, FingerCode.BITS / 2);
        // pinned: a change of features, bins or hash changes the codes stored in every index snapshot
        assertThat(Arrays.hashCode(first)).isEqualTo(PINNED_HASH);
    }

    private static final int LEFT_INDEX = FingerPosition.LEFT_INDEX.isoCode() - 1;

    /** Arrays.hashCode of the code above; change only together with the snapshot's format version. */
    private static final int PINNED_HASH = -2002521353;

    @Test
    void placementOnTheSensorDoesNotChangeTheCode() {
        Minutiae minutiae = IsoMinutiaeReader.read(population.isoRecord(11, FingerPosition.RIGHT_THUMB, 0));
        double angle = Math.toRadians(37);
        float[] x = new float[minutiae.size()];
        float[] y = new float[minutiae.size()];
        float[] d = new float[minutiae.size()];
        for (int i = 0; i < minutiae.size(); i++) {
            // a counter-clockwise turn on screen (y down) and a shift: directions turn by the same angle
            double u = minutiae.x()[i] - 150;
            double v = minutiae.y()[i] - 200;
            x[i] = (float) (u * Math.cos(angle) + v * Math.sin(angle) + 400);
            y[i] = (float) (-u * Math.sin(angle) + v * Math.cos(angle) + 300);
            d[i] = (float) (minutiae.direction()[i] + angle);
        }
        long[] original = FingerCode.encode(minutiae, 0);
        long[] moved = FingerCode.encode(new Minutiae(x, y, d), 0);

        int common = FingerCode.common(original, 0, moved, 0);
        // only pairs sitting on a bin edge may move to the next bin
        assertThat(common).isGreaterThan(FingerCode.weight(original, 0) * 8 / 10);
    }

    @Test
    void impressionsOfOneFingerShareMoreThanTwoFingers() {
        int better = 0;
        int fingers = 200;
        for (int p = 0; p < fingers; p++) {
            FingerPosition position = FingerPosition.values()[p % 10];
            long[] enrolled = code(p, position, 0);
            long[] again = code(p, position, 1);
            long[] other = code(p + 1000, position, 1);
            float mated = similarity(enrolled, again, position);
            float nonMated = similarity(enrolled, other, position);
            better += mated > nonMated ? 1 : 0;
        }
        assertThat(better).isGreaterThanOrEqualTo(fingers * 8 / 10);
    }

    @Test
    void fastArctangentIsWithinATenthOfADegree() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 100_000; i++) {
            double y = random.nextDouble(-300, 300);
            double x = random.nextDouble(-300, 300);
            assertThat(Angles.atan2(y, x)).isCloseTo(Math.atan2(y, x), within(0.0015));
        }
        assertThat(Angles.atan2(0, -1)).isCloseTo(Math.PI, within(1e-9));
        assertThat(Angles.atan2(0, 0)).isZero();
    }

    @Test
    void rareCommonBitsCountForMoreThanOrdinaryOnes() {
        int f = FingerPosition.RIGHT_INDEX.isoCode() - 1;
        long[] probe = code(5, FingerPosition.RIGHT_INDEX, 1);
        ProbeFinger prepared = new ProbeFinger(probe, 0, f);
        // two gallery codes that share the same number of the probe's bits and have the same bits otherwise:
        // one shares rare bits, the other ordinary ones
        int[] bits = setBits(probe);
        int[] rare = java.util.Arrays.stream(bits).filter(b -> b < FingerCode.RARE_WORDS * 64).toArray();
        int[] ordinary = java.util.Arrays.stream(bits).filter(b -> b >= FingerCode.RARE_WORDS * 64).toArray();
        int shared = Math.min(rare.length, ordinary.length) / 2;
        long[] sharesRare = new long[FingerCode.WORDS];
        long[] sharesOrdinary = new long[FingerCode.WORDS];
        for (int i = 0; i < shared; i++) {
            set(sharesRare, rare[i]);
            set(sharesOrdinary, ordinary[i]);
        }
        float weight = BackgroundModel.effectiveWeight(sharesOrdinary, 0, f);

        assertThat(shared).isGreaterThan(10);
        assertThat(prepared.rareWeight).isGreaterThan(prepared.commonWeight * 1.3f);
        assertThat(prepared.similarity(sharesRare, 0, weight)).isGreaterThan(prepared.similarity(sharesOrdinary, 0, weight) + 1);
    }

    private static int[] setBits(long[] code) {
        return java.util.stream.IntStream.range(0, FingerCode.BITS).filter(b -> (code[b >>> 6] & (1L << b)) != 0).toArray();
    }

    private static void set(long[] code, int bit) {
        code[bit >>> 6] |= 1L << bit;
    }

    @Test
    void aBadIsoRecordIsRefusedByName() {
        byte[] iso = population.isoRecord(1, FingerPosition.RIGHT_INDEX, 0);
        AfisAssertions.assertFailsWith(() -> IsoMinutiaeReader.read(Arrays.copyOf(iso, iso.length - 20)), Reason.TRUNCATED_TEMPLATE);
        AfisAssertions.assertFailsWith(() -> IsoMinutiaeReader.read(new byte[10]), Reason.TRUNCATED_TEMPLATE);
        byte[] foreign = iso.clone();
        foreign[0] = 'X';
        AfisAssertions.assertFailsWith(() -> IsoMinutiaeReader.read(foreign), Reason.CORRUPT_TEMPLATE);
    }

    private long[] code(long person, FingerPosition position, int impression) {
        return FingerCode.encode(IsoMinutiaeReader.read(population.isoRecord(person, position, impression)), position.isoCode() - 1);
    }

    private static float similarity(long[] a, long[] b, FingerPosition position) {
        int f = position.isoCode() - 1;
        return new ProbeFinger(a, 0, f).similarity(b, 0, BackgroundModel.effectiveWeight(b, 0, f));
    }
}
