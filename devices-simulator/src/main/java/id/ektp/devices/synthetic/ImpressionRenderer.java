package id.ektp.devices.synthetic;

import id.ektp.afis.synthetic.Seeds;
import java.util.SplittableRandom;

/**
 * Renders one impression of a master finger as a scanner would see it: placed and rotated on the platen, elastically
 * distorted, pressed harder or softer (thicker or thinner ridges), with dry or wet patches, sensor noise and the
 * platen background.
 */
final class ImpressionRenderer {
    private static final int MAPPING_STEP = 8;
    /** Ridge profile: how dark the skin prints at a ridge value; steepness sets how sharp ridge edges are. */
    private static final Lookup SIGMOID = new Lookup(-3, 3, 4096, v -> 1 / (1 + Math.exp(-5 * v)));
    /** Standard normal samples, drawn by a seeded index: sensor noise without a logarithm per pixel. */
    private static final float[] GAUSSIAN = gaussianTable(1 << 14);

    SyntheticFingerprint render(MasterFinger master, int impression, ScannerFormat format) {
        SplittableRandom random = new SplittableRandom(Seeds.of("impression", master.id(), impression));
        int width = format.width();
        int height = format.height();

        double rotation = Math.toRadians(clamp(MasterFingerFactory.gaussian(random, 7), -20, 20));
        double shiftX = (random.nextDouble() * 2 - 1) * 30;
        double shiftY = (random.nextDouble() * 2 - 1) * 30;
        double cos = Math.cos(rotation);
        double sin = Math.sin(rotation);
        ElasticDistortion distortion = new ElasticDistortion(random);

        // Pressure: > 0 presses ridges wider (moist, heavy), < 0 thinner and broken (dry, light).
        double pressure = clamp(MasterFingerFactory.gaussian(random, 0.25), -0.5, 0.5);
        double contact = 0.88 + 0.12 * (pressure + 0.5) + (random.nextDouble() - 0.5) * 0.06;
        FingertipShape shape = master.shape();
        FingertipShape pressed = new FingertipShape(shape.centerX() + MasterFingerFactory.gaussian(random, 6),
                shape.centerY() + MasterFingerFactory.gaussian(random, 6), shape.halfWidth() * contact,
                shape.topHalfHeight() * contact, shape.bottomHalfHeight() * contact);

        double ridgeGrey = 25 + random.nextDouble() * 45;
        double valleyGrey = 175 + random.nextDouble() * 45;
        double backgroundGrey = 215 + random.nextDouble() * 35;
        double dryness = clamp(0.65 - pressure * 0.6 + MasterFingerFactory.gaussian(random, 0.15), 0, 0.9);
        double noiseSigma = 4 + random.nextDouble() * 14;
        ValueNoise blotches = new ValueNoise(width, height, 6, random);
        ValueNoise smudges = new ValueNoise(width, height, 40, random);
        ValueNoise background = new ValueNoise(width, height, 60, random);

        // The platen-to-master mapping (placement, rotation, skin distortion) is smooth: compute it on a coarse
        // lattice and interpolate, instead of six sines per pixel.
        int cells = MAPPING_STEP;
        int latticeWidth = width / cells + 2;
        int latticeHeight = height / cells + 2;
        float[] mapX = new float[latticeWidth * latticeHeight];
        float[] mapY = new float[latticeWidth * latticeHeight];
        double masterCenterX = MasterFinger.WIDTH / 2.0;
        double masterCenterY = MasterFinger.HEIGHT / 2.0;
        for (int ly = 0; ly < latticeHeight; ly++) {
            for (int lx = 0; lx < latticeWidth; lx++) {
                double u = lx * cells - width / 2.0;
                double v = ly * cells - height / 2.0;
                double mx = cos * u - sin * v + masterCenterX + shiftX;
                double my = sin * u + cos * v + masterCenterY + shiftY;
                double rx = mx - pressed.centerX();
                double ry = my - pressed.centerY();
                mapX[ly * latticeWidth + lx] = (float) (mx + distortion.dx(rx, ry));
                mapY[ly * latticeWidth + lx] = (float) (my + distortion.dy(rx, ry));
            }
        }

        float[] grey = new float[width * height];
        double ridgeShift = pressure * 0.8;
        for (int y = 0; y < height; y++) {
            int ly = y / cells;
            float fy = (y - ly * cells) / (float) cells;
            for (int x = 0; x < width; x++) {
                int lx = x / cells;
                float fx = (x - lx * cells) / (float) cells;
                int i = ly * latticeWidth + lx;
                double mx = lerp(lerp(mapX[i], mapX[i + 1], fx), lerp(mapX[i + latticeWidth],
                        mapX[i + latticeWidth + 1], fx), fy);
                double my = lerp(lerp(mapY[i], mapY[i + 1], fx), lerp(mapY[i + latticeWidth],
                        mapY[i + latticeWidth + 1], fx), fy);
                double inside = smoothEdge(pressed.distance(mx, my));
                double value = background.at(x, y) * 6 + backgroundGrey;
                if (inside > 0) {
                    double darkness = SIGMOID.at(master.ridgeAt(mx, my) + ridgeShift);
                    // Dry skin leaves ridges broken into blotches; a worn platen leaves soft smudges.
                    double breakage = clamp((blotches.at(x, y) - (1 - dryness)) * 3, 0, 1) * darkness;
                    darkness *= (1 - breakage) * (0.88 + 0.12 * smudges.at(x, y));
                    double finger = valleyGrey - (valleyGrey - ridgeGrey) * darkness;
                    value = inside * finger + (1 - inside) * value;
                }
                grey[y * width + x] = (float) value;
            }
        }
        if (Math.abs(pressure) > 0.35) {
            Morphology.greyscale(grey, width, height, pressure > 0);
        }
        Morphology.blur(grey, width, height);
        byte[] pixels = new byte[width * height];
        float[] gaussian = GAUSSIAN;
        for (int i = 0; i < pixels.length; i++) {
            double value = grey[i] + noiseSigma * gaussian[random.nextInt(gaussian.length)];
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

    private static float lerp(float a, float b, float t) {
        return a + (b - a) * t;
    }

    private static float[] gaussianTable(int size) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(Seeds.of("sensor-noise-table"));
        float[] table = new float[size];
        for (int i = 0; i < size; i++) {
            table[i] = (float) MasterFingerFactory.gaussian(random, 1);
        }
        return table;
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
            double strength = 2 + random.nextDouble() * 10;
            for (int i = 0; i < 3; i++) {
                amplitudeX[i] = (random.nextDouble() * 2 - 1) * strength;
                amplitudeY[i] = (random.nextDouble() * 2 - 1) * strength;
                waveX[i] = (random.nextDouble() * 2 - 1) * 2 * Math.PI / 300;
                waveY[i] = (random.nextDouble() * 2 - 1) * 2 * Math.PI / 300;
                phase[i] = random.nextDouble() * 2 * Math.PI;
            }
            rigidRadius = 50 + random.nextDouble() * 30;
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
