package id.ektp.identification.adjudication;

import id.ektp.afis.explain.PairedMinutia;
import id.ektp.afis.image.GrayscaleImage;
import id.ektp.afis.template.Minutia;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import javax.imageio.ImageIO;

/**
 * Draws the paired minutiae on one side's fingerprint image, server-side, as a PNG: each pair gets the same
 * number and colour on both images, a ring where the minutia is and a stroke along its ridge direction.
 *
 * <p>Why on the server rather than on a canvas in the browser: the picture is then exactly what the engine
 * paired (the same code draws it that computed it), it needs no script under the strict CSP, and the page
 * works without JavaScript. The image is grey as the matcher saw it (through the sRGB curve).
 */
final class PairingPicture {

    private PairingPicture() {
    }

    static byte[] draw(GrayscaleImage image, List<PairedMinutia> pairs, Function<PairedMinutia, Minutia> side) {
        BufferedImage picture = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        byte[] pixels = image.pixels();
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int v = pixels[y * image.width() + x] & 0xff;
                picture.setRGB(x, y, (v << 16) | (v << 8) | v);
            }
        }
        // SourceAFIS places minutiae at 500 DPI; an image captured at another resolution scales back.
        double scale = image.resolution().dpi() / 500.0;
        Graphics2D g = picture.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setStroke(new BasicStroke(2f));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
            for (int i = 0; i < pairs.size(); i++) {
                Minutia m = side.apply(pairs.get(i));
                double x = m.x() * scale;
                double y = m.y() * scale;
                g.setColor(colour(i));
                g.drawOval((int) Math.round(x - 6), (int) Math.round(y - 6), 12, 12);
                g.drawLine((int) Math.round(x), (int) Math.round(y), (int) Math.round(x + 14 * Math.cos(m.direction())),
                        (int) Math.round(y + 14 * Math.sin(m.direction())));
                g.drawString(Integer.toString(i + 1), (int) Math.round(x + 7), (int) Math.round(y - 7));
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** Saturated hues spread round the wheel, so neighbouring numbers differ in colour. */
    static Color colour(int index) {
        return Color.getHSBColor((index * 0.38196601f) % 1f, 0.9f, 1f);
    }
}
