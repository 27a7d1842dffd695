package id.ektp.afis.quality;

import id.ektp.afis.image.GrayscaleImage;

/**
 * Features of the ridge pattern of a grey image, computed block by block as NFIQ 2 does (ISO/IEC 29794-4
 * local features), without the minutiae: a noise image has hundreds of minutiae and no ridges.
 *
 * <p>Blocks are about 0.8 mm square (16 px at 500 DPI). A block is foreground when its grey levels vary
 * at all; in each foreground block the gradient structure tensor gives the ridge orientation and its
 * coherence (1: straight parallel ridges, near 0: noise), and the pixels projected across the ridges
 * (Hong, Wan and Jain's oriented window) give a signature whose autocorrelation peak gives the ridge
 * period and how clearly ridges and valleys alternate, and whose spread gives the ridge/valley contrast.
 * A block is usable to the degree that all three hold.
 *
 * @param foregroundMm2   area of the blocks that are not blank
 * @param coherence       mean orientation coherence over the foreground, 0..1
 * @param clarity         mean ridge/valley clarity over the foreground, 0..1 (periodicity times contrast)
 * @param ridgePeriodMm   median ridge period over the usable blocks, in millimetres (0 when none)
 * @param periodSpread    interquartile range of the period over its median: how steady ridge frequency is
 * @param usableMm2       area of the foreground weighted by each block's usability, in mm²
 */
public record RidgePattern(double foregroundMm2, double coherence, double clarity, double ridgePeriodMm,
        double periodSpread, double usableMm2) {

    /** A block whose grey levels vary less than this (standard deviation, of 255) is blank platen. */
    static final double FOREGROUND_STDDEV = 8;

    public static final RidgePattern NONE = new RidgePattern(0, 0, 0, 0, 0, 0);

    public static RidgePattern of(GrayscaleImage image) {
        double scale = image.resolution().dpi() / 500.0;
        int block = Math.max(8, (int) Math.round(16 * scale));
        double mmPerPixel = 25.4 / image.resolution().dpi();
        double blockMm2 = block * block * mmPerPixel * mmPerPixel;
        int minPeriod = Math.max(3, (int) Math.floor(0.25 / mmPerPixel));
        int maxPeriod = (int) Math.ceil(0.8 / mmPerPixel);
        int across = 2 * maxPeriod + 2;
        int along = block;
        int w = image.width();
        int h = image.height();
        double[] grey = new double[w * h];
        byte[] pixels = image.pixels();
        for (int i = 0; i < grey.length; i++) {
            grey[i] = pixels[i] & 0xff;
        }
        int foreground = 0;
        double coherenceSum = 0;
        double claritySum = 0;
        double usable = 0;
        double[] periods = new double[(w / block + 1) * (h / block + 1)];
        int periodCount = 0;
        for (int by = 0; by + block <= h; by += block) {
            for (int bx = 0; bx + block <= w; bx += block) {
                double mean = 0;
                for (int y = by; y < by + block; y++) {
                    for (int x = bx; x < bx + block; x++) {
                        mean += grey[y * w + x];
                    }
                }
                mean /= block * block;
                double variance = 0;
                for (int y = by; y < by + block; y++) {
                    for (int x = bx; x < bx + block; x++) {
                        double d = grey[y * w + x] - mean;
                        variance += d * d;
                    }
                }
                if (Math.sqrt(variance / (block * block)) < FOREGROUND_STDDEV) {
                    continue;
                }
                foreground++;
                double gxx = 0;
                double gyy = 0;
                double gxy = 0;
                for (int y = Math.max(1, by); y < Math.min(h - 1, by + block); y++) {
                    for (int x = Math.max(1, bx); x < Math.min(w - 1, bx + block); x++) {
                        double gx = grey[y * w + x + 1] - grey[y * w + x - 1];
                        double gy = grey[(y + 1) * w + x] - grey[(y - 1) * w + x];
                        gxx += gx * gx;
                        gyy += gy * gy;
                        gxy += gx * gy;
                    }
                }
                double energy = gxx + gyy;
                double coherence = energy == 0 ? 0 : Math.sqrt((gxx - gyy) * (gxx - gyy) + 4 * gxy * gxy) / energy;
                // The dominant gradient points across the ridges.
                double normal = 0.5 * Math.atan2(2 * gxy, gxx - gyy);
                double[] signature = signature(grey, w, h, bx + block / 2.0, by + block / 2.0, normal, across, along);
                double period = 0;
                double periodicity = 0;
                double contrast = 0;
                if (signature != null) {
                    double[] peak = autocorrelationPeak(signature, minPeriod, maxPeriod);
                    period = peak[0];
                    periodicity = Math.max(0, peak[1]);
                    contrast = ramp(stddev(signature), 4, 16);
                }
                double clarity = periodicity * contrast;
                coherenceSum += coherence;
                claritySum += clarity;
                double usability = ramp(coherence, 0.25, 0.6) * ramp(clarity, 0.1, 0.5);
                usable += usability;
                if (usability > 0.25 && period > 0) {
                    periods[periodCount++] = period * mmPerPixel;
                }
            }
        }
        if (foreground == 0) {
            return NONE;
        }
        double median = 0;
        double spread = 0;
        if (periodCount > 0) {
            double[] sorted = java.util.Arrays.copyOf(periods, periodCount);
            java.util.Arrays.sort(sorted);
            median = sorted[periodCount / 2];
            spread = (sorted[(3 * periodCount) / 4] - sorted[periodCount / 4]) / median;
        }
        return new RidgePattern(foreground * blockMm2, coherenceSum / foreground, claritySum / foreground, median, spread,
                usable * blockMm2);
    }

    /**
     * The mean grey level along the ridges at each step across them, over a window centred on the block;
     * null where the window leaves the image.
     */
    private static double[] signature(double[] grey, int w, int h, double cx, double cy, double normal, int across,
            int along) {
        double nx = Math.cos(normal);
        double ny = Math.sin(normal);
        double[] signature = new double[across];
        for (int k = 0; k < across; k++) {
            double sum = 0;
            double offset = k - across / 2.0;
            for (int l = 0; l < along; l++) {
                double t = l - along / 2.0;
                int x = (int) Math.round(cx + offset * nx - t * ny);
                int y = (int) Math.round(cy + offset * ny + t * nx);
                if (x < 0 || y < 0 || x >= w || y >= h) {
                    return null;
                }
                sum += grey[y * w + x];
            }
            signature[k] = sum / along;
        }
        return signature;
    }

    /** The lag of the highest normalised autocorrelation between the two period limits, and its value. */
    private static double[] autocorrelationPeak(double[] signal, int minLag, int maxLag) {
        double mean = 0;
        for (double v : signal) {
            mean += v;
        }
        mean /= signal.length;
        double[] centred = new double[signal.length];
        for (int i = 0; i < signal.length; i++) {
            centred[i] = signal[i] - mean;
        }
        double bestLag = 0;
        double best = 0;
        int top = Math.min(maxLag + 1, centred.length - 3);
        double[] r = new double[top + 1];
        for (int lag = minLag; lag <= top; lag++) {
            double product = 0;
            double a2 = 0;
            double b2 = 0;
            for (int i = 0; i + lag < centred.length; i++) {
                product += centred[i] * centred[i + lag];
                a2 += centred[i] * centred[i];
                b2 += centred[i + lag] * centred[i + lag];
            }
            r[lag] = a2 == 0 || b2 == 0 ? 0 : product / Math.sqrt(a2 * b2);
        }
        // Only a local maximum is a period: a blurred or flat signature decays from lag 0 without one.
        for (int lag = minLag + 1; lag < top; lag++) {
            if (r[lag] >= r[lag - 1] && r[lag] >= r[lag + 1] && r[lag] > best) {
                best = r[lag];
                bestLag = lag;
            }
        }
        return new double[] {bestLag, Math.max(0, best)};
    }

    private static double stddev(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double variance = 0;
        for (double v : values) {
            variance += (v - mean) * (v - mean);
        }
        return Math.sqrt(variance / values.length);
    }

    static double ramp(double value, double zeroAt, double fullAt) {
        return Math.max(0, Math.min(1, (value - zeroAt) / (fullAt - zeroAt)));
    }
}
