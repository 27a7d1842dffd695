package id.ektp.devices.synthetic;

import java.util.SplittableRandom;

/**
 * Renders one impression of a master finger as a scanner would see it: placed and rotated on the platen, elastically
 * distorted, pressed harder or softer (thicker or thinner ridges), with dry or wet patches, sensor noise and the
 * platen background.
 */
final class ImpressionRenderer {

    SyntheticFingerprint render(MasterFinger master, int impression, ScannerFormat format) {
        SplittableRandom random = new SplittableRandom(Seeds.of("impression", master.id(), impression));
        int width = format.width();
        int height = format.height();

        double rotation = Math.toRadians(clamp(MasterFingerFactory.gaussian(random, Tuning.ROT), -20, 20));
        double shiftX = (random.nextDouble() * 2 - 1) * Tuning.SHIFT;
        double shiftY = (random.nextDouble() * 2 - 1) * Tuning.SHIFT;
        double cos = Math.cos(rotation);
        double sin = Math.sin(rotation);
        ElasticDistortion distortion = new ElasticDistortion(random);

        // Pressure: > 0 presses ridges wider (moist, heavy), < 0 thinner and broken (dry, light).
        double pressure = clamp(MasterFingerFactory.gaussian(random, 0.25), -0.5, 0.5);
        double contact = Tuning.CONTACT * 0.88 + 0.12 * (pressure + 0.5) + (random.nextDouble() - 0.5) * 0.06;
        FingertipShape shape = master.shape();
        FingertipShape pressed = new FingertipShape(shape.centerX() + MasterFingerFactory.gaussian(random, 6),
                shape.centerY() + MasterFingerFactory.gaussian(random, 6), shape.halfWidth() * contact,
                shape.topHalfHeight() * contact, shape.bottomHalfHeight() * contact);

        double ridgeGrey = 25 + random.nextDouble() * 45;
        double valleyGrey = 175 + random.nextDouble() * 45;
        double backgroundGrey = 215 + random.nextDouble() * 35;
        double dryness = clamp(Tuning.DRY - pressure * 0.6 + MasterFingerFactory.gaussian(random, 0.15), 0, 0.9);
        double noiseSigma = 4 + random.nextDouble() * Tuning.NOISE;
        ValueNoise blotches = new ValueNoise(width, height, Tuning.BLOTCH, random);
        ValueNoise smudges = new ValueNoise(width, height, 40, random);
        ValueNoise background = new ValueNoise(width, height, 60, random);

        float[] grey = new float[width * height];
        double masterCenterX = MasterFinger.WIDTH / 2.0;
        double masterCenterY = MasterFinger.HEIGHT / 2.0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double u = x - width / 2.0;
                double v = y - height / 2.0;
                double mx = cos * u - sin * v + masterCenterX + shiftX;
                double my = sin * u + cos * v + masterCenterY + shiftY;
                double dx = distortion.dx(mx - pressed.centerX(), my - pressed.centerY());
                double dy = distortion.dy(mx - pressed.centerX(), my - pressed.centerY());
                mx += dx;
                my += dy;
                double inside = smoothEdge(pressed.distance(mx, my));
                double value = background.at(x, y) * 6 + backgroundGrey;
                if (inside > 0) {
                    double ridge = master.ridgeAt(mx, my) + pressure * 0.8;
                    double darkness = 1 / (1 + Math.exp(-Tuning.STEEP * ridge));
                    // Dry skin leaves ridges broken into blotches; a worn platen leaves soft smudges.
                    double breakage = clamp((blotches.at(x, y) - (1 - dryness)) * 3, 0, 1) * darkness;
                    darkness *= (1 - breakage) * (0.8 + 0.2 * smudges.at(x, y));
                    double finger = valleyGrey - (valleyGrey - ridgeGrey) * darkness;
                    value = inside * finger + (1 - inside) * value;
                }
                grey[y * width + x] = (float) value;
            }
        }
        if (Math.abs(pressure) > 0.3) {
            Morphology.greyscale(grey, width, height, pressure > 0);
        }
        Morphology.blur(grey, width, height);
        byte[] pixels = new byte[width * height];
        for (int i = 0; i < pixels.length; i++) {
            double value = grey[i] + MasterFingerFactory.gaussian(random, noiseSigma);
            pixels[i] = (byte) (int) clamp(Math.round(value), 0, 255);
        }
        return new SyntheticFingerprint(master.id(), impression, master.fingerprintClass(), width, height,
                ScannerFormat.DPI, pixels);
    }

    private static double smoothEdge(double distance) {
        // About 12 pixels of soft falloff where the skin leaves the platen.
        double t = (1.0 - distance) * 14;
        return clamp(t, 0, 1);
    }

    static double clamp(double v, double min, double max) {
        return v < min ? min : (v > max ? max : v);
    }

    /**
     * Non-linear skin distortion: rigid near the centre of contact, increasingly displaced towards the border (the
     * shape of Cappelli, Maio and Maltoni's model), along a smooth random field.
     */
    static final class ElasticDistortion {
        private final double[] amplitudeX = new double[3];
        private final double[] amplitudeY = new double[3];
        private final double[] waveX = new double[3];
        private final double[] waveY = new double[3];
        private final double[] phase = new double[3];
        private final double rigidRadius;

        ElasticDistortion(SplittableRandom random) {
            double strength = 2 + random.nextDouble() * Tuning.DIST;
            for (int i = 0; i < 3; i++) {
                amplitudeX[i] = (random.nextDouble() * 2 - 1) * strength;
                amplitudeY[i] = (random.nextDouble() * 2 - 1) * strength;
                waveX[i] = (random.nextDouble() * 2 - 1) * 2 * Math.PI / 300;
                waveY[i] = (random.nextDouble() * 2 - 1) * 2 * Math.PI / 300;
                phase[i] = random.nextDouble() * 2 * Math.PI;
            }
            rigidRadius = 50 + random.nextDouble() * Tuning.SHIFT;
        }

        private double weight(double x, double y) {
            double r = Math.sqrt(x * x + y * y);
            return r <= rigidRadius ? 0 : Math.min(1.5, (r - rigidRadius) / 150);
        }

        double dx(double x, double y) {
            double w = weight(x, y);
            if (w == 0) {
                return 0;
            }
            double d = 0;
            for (int i = 0; i < 3; i++) {
                d += amplitudeX[i] * Math.sin(waveX[i] * x + waveY[i] * y + phase[i]);
            }
            return w * d;
        }

        double dy(double x, double y) {
            double w = weight(x, y);
            if (w == 0) {
                return 0;
            }
            double d = 0;
            for (int i = 0; i < 3; i++) {
                d += amplitudeY[i] * Math.cos(waveY[i] * x - waveX[i] * y + phase[i]);
            }
            return w * d;
        }
    }
}
