package id.ektp.devices.simulator;

/**
 * The device-side capture quality (0-100), as a scanner computes it before answering: the share of the image covered
 * by finger, times how clearly the ridges in it run in one direction (gradient coherence per 16x16 block). It only
 * needs pixels, like the quality a real scanner's firmware reports; the AFIS engine judges templates separately.
 */
final class RidgeQuality {
    private static final int BLOCK = 16;

    private RidgeQuality() {
    }

    static int score(GreyImage image) {
        int width = image.width();
        int height = image.height();
        byte[] p = image.pixels();
        int blocks = 0;
        int foreground = 0;
        double coherenceSum = 0;
        for (int by = 1; by + BLOCK < height - 1; by += BLOCK) {
            for (int bx = 1; bx + BLOCK < width - 1; bx += BLOCK) {
                blocks++;
                double gxx = 0;
                double gyy = 0;
                double gxy = 0;
                double sum = 0;
                double sumSquares = 0;
                for (int y = by; y < by + BLOCK; y++) {
                    for (int x = bx; x < bx + BLOCK; x++) {
                        int v = p[y * width + x] & 0xff;
                        sum += v;
                        sumSquares += v * v;
                        double gx = (p[y * width + x + 1] & 0xff) - (p[y * width + x - 1] & 0xff);
                        double gy = (p[(y + 1) * width + x] & 0xff) - (p[(y - 1) * width + x] & 0xff);
                        gxx += gx * gx;
                        gyy += gy * gy;
                        gxy += gx * gy;
                    }
                }
                double n = BLOCK * BLOCK;
                double variance = sumSquares / n - (sum / n) * (sum / n);
                // Ridges give strong local contrast; platen background and smudges do not.
                if (variance > 300 && gxx + gyy > 0) {
                    foreground++;
                    coherenceSum += Math.sqrt((gxx - gyy) * (gxx - gyy) + 4 * gxy * gxy) / (gxx + gyy);
                }
            }
        }
        if (foreground == 0) {
            return 0;
        }
        double coverage = Math.min(1, foreground / (blocks * 0.5));
        return (int) Math.round(100 * coverage * coherenceSum / foreground);
    }
}
