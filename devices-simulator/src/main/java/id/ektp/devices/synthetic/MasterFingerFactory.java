package id.ektp.devices.synthetic;

import id.ektp.afis.synthetic.Seeds;
import id.ektp.afis.synthetic.PatternClass;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Creates master fingers: class, singular points, orientation and ridge-frequency maps, then the ridge pattern grown
 * on a half-resolution grid (ridges are 8-10 pixels apart at 500 dpi, so 250 dpi still holds them and costs a
 * quarter of the work).
 */
final class MasterFingerFactory {
    static final double HALF_RESOLUTION = 0.5;

    private final double gridScale;
    private final GaborFilterBank bank;
    private final RidgeGrower grower;
    private final int seedsPerMaster;
    private final int iterations;

    MasterFingerFactory(double gridScale, int seedsPerMaster, int iterations) {
        this.gridScale = gridScale;
        this.bank = GaborFilterBank.forScale(gridScale);
        this.grower = new RidgeGrower(bank);
        this.seedsPerMaster = seedsPerMaster;
        // The pattern spreads about one kernel radius per iteration: a finer grid needs proportionally more.
        this.iterations = (int) Math.round(iterations * HALF_RESOLUTION / gridScale);
    }

    MasterFinger create(String id) {
        SplittableRandom random = new SplittableRandom(Seeds.of("master", id));
        PatternClass fingerprintClass = PatternClass.draw(random);
        return create(id, fingerprintClass, random);
    }

    MasterFinger create(String id, PatternClass fingerprintClass, SplittableRandom random) {
        double cx = MasterFinger.WIDTH / 2.0 + gaussian(random, 8);
        double cy = MasterFinger.HEIGHT / 2.0 - 20 + gaussian(random, 10);
        List<SingularPoint> cores = new ArrayList<>();
        List<SingularPoint> deltas = new ArrayList<>();
        OrientationModel model = orientationModel(fingerprintClass, cx, cy, random, cores, deltas);
        FingertipShape shape = new FingertipShape(
                MasterFinger.WIDTH / 2.0 + gaussian(random, 6),
                MasterFinger.HEIGHT / 2.0 + gaussian(random, 8),
                150 + random.nextDouble() * 40,
                170 + random.nextDouble() * 40,
                260 + random.nextDouble() * 60);

        int gridWidth = (int) Math.round(MasterFinger.WIDTH * gridScale);
        int gridHeight = (int) Math.round(MasterFinger.HEIGHT * gridScale);
        double basePeriod = 8.6 + gaussian(random, 0.35);
        ValueNoise periodDrift = new ValueNoise(MasterFinger.WIDTH, MasterFinger.HEIGHT, 120, random);
        ValueNoise orientationDrift = new ValueNoise(MasterFinger.WIDTH, MasterFinger.HEIGHT, 140, random);
        short[] kernelIndex = new short[gridWidth * gridHeight];
        for (int gy = 0; gy < gridHeight; gy++) {
            for (int gx = 0; gx < gridWidth; gx++) {
                double x = gx / gridScale;
                double y = gy / gridScale;
                double theta = model.orientation(x, y) + 0.08 * orientationDrift.at(x, y);
                kernelIndex[gy * gridWidth + gx] =
                        bank.index(theta, gridScale * period(basePeriod, periodDrift, shape, x, y));
            }
        }
        float[] ridges = grower.grow(gridWidth, gridHeight, kernelIndex, random, seedsPerMaster, iterations);
        return new MasterFinger(id, fingerprintClass, cores, deltas, shape, gridWidth, gridHeight, gridScale,
                ridges);
    }

    /**
     * Ridge period at a master point: wider towards the fingertip and narrower towards the flexion crease, as
     * measured on real fingers, with a slow random drift.
     */
    private static double period(double base, ValueNoise drift, FingertipShape shape, double x, double y) {
        double vertical = (shape.centerY() - y) / shape.topHalfHeight();
        return base + 0.7 * Math.max(-1, Math.min(1, vertical)) + 0.4 * drift.at(x, y);
    }

    private static OrientationModel orientationModel(PatternClass fingerprintClass, double cx, double cy,
                                                     SplittableRandom random, List<SingularPoint> cores,
                                                     List<SingularPoint> deltas) {
        double tilt = gaussian(random, 0.06);
        switch (fingerprintClass) {
            case ARCH:
                return new ArchOrientation(cx, cy - 10 + gaussian(random, 15), 90 + random.nextDouble() * 70,
                        70 + random.nextDouble() * 30, 170 + random.nextDouble() * 60);
            case TENTED_ARCH: {
                SingularPoint core = new SingularPoint(cx + gaussian(random, 8), cy - 20 + gaussian(random, 10));
                cores.add(core);
                deltas.add(new SingularPoint(core.x() + gaussian(random, 6), core.y() + 60 + random.nextDouble() * 40));
                break;
            }
            case LEFT_LOOP:
            case RIGHT_LOOP: {
                double side = fingerprintClass == PatternClass.LEFT_LOOP ? 1 : -1;
                SingularPoint core = new SingularPoint(cx - side * (15 + random.nextDouble() * 25),
                        cy - 30 + gaussian(random, 15));
                cores.add(core);
                deltas.add(new SingularPoint(core.x() + side * (90 + random.nextDouble() * 60),
                        core.y() + 110 + random.nextDouble() * 60));
                tilt += side * 0.12;
                break;
            }
            case WHORL: {
                double offset = 10 + random.nextDouble() * 20;
                double gap = 25 + random.nextDouble() * 30;
                SingularPoint upper = new SingularPoint(cx - offset / 2, cy - 40 - gap / 2 + gaussian(random, 8));
                SingularPoint lower = new SingularPoint(cx + offset / 2, cy - 40 + gap / 2 + gaussian(random, 8));
                cores.add(upper);
                cores.add(lower);
                double deltaY = cy + 90 + random.nextDouble() * 40;
                deltas.add(new SingularPoint(cx - 110 - random.nextDouble() * 40, deltaY + gaussian(random, 15)));
                deltas.add(new SingularPoint(cx + 110 + random.nextDouble() * 40, deltaY + gaussian(random, 15)));
                break;
            }
            default:
                throw new IllegalArgumentException("Unknown class " + fingerprintClass);
        }
        return new ZeroPoleOrientation(cores, deltas, tilt);
    }

    static double gaussian(SplittableRandom random, double sigma) {
        // Box-Muller from the seeded stream keeps every draw reproducible.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
