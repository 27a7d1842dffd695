package id.ektp.afis.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How a capture deforms a master finger. The finger is placed on the sensor with a random rotation and
 * translation; only an elliptic contact area (smaller than the finger, off-centre) touches; the skin
 * stretches elastically outside the firmly pressed centre (a smooth displacement that grows with the
 * distance from the contact centre, after Cappelli, Maio and Maltoni's plastic distortion model); the
 * extractor misses some minutiae, invents spurious ones along the ridges, mislabels some types and places
 * every minutia with a little noise.
 *
 * @param sensorWidth        sensor window width, pixels at 500 dpi
 * @param sensorHeight       sensor window height
 * @param rotationSd         standard deviation of placement rotation, radians (clipped at 3 sd)
 * @param translationSd      standard deviation of placement offset, pixels
 * @param contactMin         smallest contact ellipse as a fraction of the finger outline
 * @param contactMax         largest contact ellipse as a fraction of the finger outline
 * @param distortion         displacement at the contact border, pixels (elastic stretch)
 * @param positionNoise      standard deviation of minutia position noise, pixels
 * @param directionNoise     standard deviation of minutia direction noise, radians
 * @param missRate           probability that a minutia inside the contact is not extracted
 * @param spuriousRate       spurious minutiae per genuine one kept
 * @param typeFlipRate       probability that an ending is read as a bifurcation or the reverse
 * @param qualitySpread      spread of capture quality between impressions: miss rate, noise and distortion
 *                           of one impression are scaled by exp(qualitySpread * N(0,1)), because real
 *                           captures range from crisp to smudged and most low genuine scores come from the
 *                           poor ones
 */
public record ImpressionModel(int sensorWidth, int sensorHeight, double rotationSd, double translationSd,
        double contactMin, double contactMax, double distortion, double positionNoise, double directionNoise,
        double missRate, double spuriousRate, double typeFlipRate, double qualitySpread) {

    /** Tuned so that SourceAFIS scores of synthetic pairs track the pooled FVC2002 ones (see the README). */
    public static final ImpressionModel DEFAULT = new ImpressionModel(320, 400, Math.toRadians(8), 20, 0.6, 0.95, 3,
            1.5, Math.toRadians(5), 0.2, 0.1, 0.1, 0.6);

    public Impression capture(MasterFinger finger, SplittableRandom random) {
        double poorness = Math.exp(qualitySpread * clip(random.nextGaussian(), 3));
        double miss = Math.min(0.9, missRate * poorness);
        double noise = positionNoise * poorness;
        double rotation = clip(random.nextGaussian(), 3) * rotationSd;
        double cos = Math.cos(rotation);
        double sin = Math.sin(rotation);
        double tx = sensorWidth / 2.0 + random.nextGaussian() * translationSd;
        double ty = sensorHeight / 2.0 + random.nextGaussian() * translationSd;
        // Contact ellipse in finger coordinates.
        double cx = random.nextGaussian() * 20;
        double cy = random.nextGaussian() * 25;
        double rx = finger.semiAxisX() * uniform(random, contactMin, contactMax);
        double ry = finger.semiAxisY() * uniform(random, contactMin, contactMax);
        Distortion warp = new Distortion(random, cx, cy, rx, ry, distortion * poorness);

        List<Minutia> captured = new ArrayList<>();
        for (Minutia m : finger.minutiae()) {
            double e = ellipse(m.x(), m.y(), cx, cy, rx, ry);
            if (e > 1 || random.nextDouble() < miss + 0.3 * e * e * e)
                continue;
            Minutia placed = place(warp, m.x(), m.y(), m.direction(), flip(m.kind(), random), cos, sin, tx, ty, noise, random);
            if (placed != null)
                captured.add(placed);
        }
        int spurious = poisson(random, spuriousRate * Math.sqrt(poorness) * captured.size());
        for (int i = 0, tries = 0; i < spurious && tries < spurious * 20; tries++) {
            double x = cx + (random.nextDouble() * 2 - 1) * rx;
            double y = cy + (random.nextDouble() * 2 - 1) * ry;
            if (ellipse(x, y, cx, cy, rx, ry) > 1)
                continue;
            double direction = finger.field().at(x, y) + (random.nextBoolean() ? Math.PI : 0);
            MinutiaKind kind = random.nextBoolean() ? MinutiaKind.ENDING : MinutiaKind.BIFURCATION;
            Minutia placed = place(warp, x, y, direction, kind, cos, sin, tx, ty, noise, random);
            if (placed != null) {
                captured.add(placed);
                i++;
            }
        }
        return new Impression(sensorWidth, sensorHeight, captured);
    }

    private Minutia place(Distortion warp, double x, double y, double direction, MinutiaKind kind, double cos, double sin,
            double tx, double ty, double noise, SplittableRandom random) {
        double[] d = warp.displace(x, y);
        double wx = x + d[0];
        double wy = y + d[1];
        double px = cos * wx - sin * wy + tx + random.nextGaussian() * noise;
        double py = sin * wx + cos * wy + ty + random.nextGaussian() * noise;
        if (px < 0 || py < 0 || px >= sensorWidth || py >= sensorHeight)
            return null;
        double angle = direction + Math.atan2(sin, cos) + d[2] + random.nextGaussian() * directionNoise;
        return new Minutia(px, py, angle, kind);
    }

    private MinutiaKind flip(MinutiaKind kind, SplittableRandom random) {
        if (random.nextDouble() >= typeFlipRate)
            return kind;
        return kind == MinutiaKind.ENDING ? MinutiaKind.BIFURCATION : MinutiaKind.ENDING;
    }

    private static double ellipse(double x, double y, double cx, double cy, double rx, double ry) {
        double dx = (x - cx) / rx;
        double dy = (y - cy) / ry;
        return dx * dx + dy * dy;
    }

    private static double clip(double value, double limit) {
        return Math.max(-limit, Math.min(limit, value));
    }

    private static double uniform(SplittableRandom random, double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    private static int poisson(SplittableRandom random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /**
     * Smooth elastic displacement: nothing inside the firmly pressed core of the contact, then growing
     * quadratically towards the contact border; its direction is a random low-frequency field (two
     * sinusoids per axis) so that nearby minutiae move together, as skin does.
     */
    private static final class Distortion {
        private final double cx;
        private final double cy;
        private final double rx;
        private final double ry;
        private final double amplitude;
        private final double[] kx = new double[4];
        private final double[] ky = new double[4];
        private final double[] phase = new double[4];

        Distortion(SplittableRandom random, double cx, double cy, double rx, double ry, double amplitude) {
            this.cx = cx;
            this.cy = cy;
            this.rx = rx;
            this.ry = ry;
            this.amplitude = amplitude * (0.5 + random.nextDouble());
            for (int i = 0; i < 4; i++) {
                double wavelength = 250 + random.nextDouble() * 250;
                double heading = random.nextDouble() * 2 * Math.PI;
                kx[i] = 2 * Math.PI / wavelength * Math.cos(heading);
                ky[i] = 2 * Math.PI / wavelength * Math.sin(heading);
                phase[i] = random.nextDouble() * 2 * Math.PI;
            }
        }

        /** Displacement (dx, dy) at a finger point and the local rotation it applies to ridge directions. */
        double[] displace(double x, double y) {
            double dx = (x - cx) / rx;
            double dy = (y - cy) / ry;
            double r = Math.sqrt(dx * dx + dy * dy);
            double weight = r < 0.35 ? 0 : Math.pow((r - 0.35) / 0.65, 2);
            double ux = weight * amplitude * (Math.sin(kx[0] * x + ky[0] * y + phase[0]) + Math.sin(kx[1] * x + ky[1] * y + phase[1])) / 2;
            double uy = weight * amplitude * (Math.sin(kx[2] * x + ky[2] * y + phase[2]) + Math.sin(kx[3] * x + ky[3] * y + phase[3])) / 2;
            // Local rotation of the displacement field (half its curl), turning minutia directions with the skin.
            double curl = weight * amplitude * ((kx[2] * Math.cos(kx[2] * x + ky[2] * y + phase[2])
                    + kx[3] * Math.cos(kx[3] * x + ky[3] * y + phase[3]))
                    - (ky[0] * Math.cos(kx[0] * x + ky[0] * y + phase[0]) + ky[1] * Math.cos(kx[1] * x + ky[1] * y + phase[1]))) / 4;
            return new double[] { ux, uy, curl };
        }
    }
}
