package id.ektp.devices.simulator;

import id.ektp.afis.synthetic.Seeds;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * Stand-in face, iris and signature images for demos: clearly drawn, not photographs, but stable per identity so the
 * same resident always shows the same picture.
 */
final class PlaceholderImages {
    private PlaceholderImages() {
    }

    /** A 480x640 (ICAO 3:4) drawn portrait. */
    static BufferedImage face(String identity, int attempt) {
        SplittableRandom random = new SplittableRandom(Seeds.of("face", identity));
        BufferedImage image = new BufferedImage(480, 640, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setColor(new Color(0xD8E4F0));
        g.fillRect(0, 0, 480, 640);
        Color skin = new Color(150 + random.nextInt(80), 100 + random.nextInt(60), 70 + random.nextInt(50));
        g.setColor(skin.darker());
        g.fillRoundRect(90, 500, 300, 200, 120, 120);
        g.setColor(skin);
        int sway = new SplittableRandom(Seeds.of("face", identity, attempt)).nextInt(11) - 5;
        g.fill(new Ellipse2D.Double(140 + sway, 150, 200, 260));
        g.setColor(new Color(30 + random.nextInt(40), 20 + random.nextInt(30), 10 + random.nextInt(20)));
        g.fillArc(130 + sway, 120, 220, 150, 0, 180);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(190 + sway, 260, 22, 14);
        g.fillOval(268 + sway, 260, 22, 14);
        g.setStroke(new BasicStroke(4));
        g.drawArc(200 + sway, 320, 80, 40, 200, 140);
        g.dispose();
        return image;
    }

    /** A 640x480 grey near-infrared style iris: pupil, textured iris ring, sclera. */
    static BufferedImage iris(String identity, int eye, int attempt) {
        SplittableRandom random = new SplittableRandom(Seeds.of("iris", identity, eye));
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = graphics(image);
        g.setColor(new Color(200, 200, 200));
        g.fillRect(0, 0, 640, 480);
        int shift = new SplittableRandom(Seeds.of("iris", identity, eye, attempt)).nextInt(9) - 4;
        int cx = 320 + shift;
        int cy = 240;
        g.setColor(new Color(110, 110, 110));
        g.fillOval(cx - 120, cy - 120, 240, 240);
        for (int i = 0; i < 180; i++) {
            double angle = random.nextDouble() * 2 * Math.PI;
            int grey = 60 + random.nextInt(100);
            g.setColor(new Color(grey, grey, grey));
            g.setStroke(new BasicStroke(1 + random.nextInt(3)));
            g.drawLine(cx + (int) (45 * Math.cos(angle)), cy + (int) (45 * Math.sin(angle)),
                    cx + (int) (118 * Math.cos(angle)), cy + (int) (118 * Math.sin(angle)));
        }
        g.setColor(new Color(15, 15, 15));
        int pupil = 40 + random.nextInt(15);
        g.fillOval(cx - pupil, cy - pupil, 2 * pupil, 2 * pupil);
        g.dispose();
        return image;
    }

    /** A 600x200 handwritten-looking stroke on white, as a signature pad returns it. */
    static BufferedImage signature(String identity, int attempt) {
        SplittableRandom random = new SplittableRandom(Seeds.of("signature", identity));
        SplittableRandom tremor = new SplittableRandom(Seeds.of("signature", identity, attempt));
        BufferedImage image = new BufferedImage(600, 200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = graphics(image);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 200);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double x = 40;
        double y = 110;
        for (int i = 0; i < 7; i++) {
            double nx = x + 60 + random.nextDouble() * 20;
            double ny = 80 + random.nextDouble() * 60;
            g.draw(new CubicCurve2D.Double(x, y, x + random.nextDouble() * 60, 20 + random.nextDouble() * 40
                    + tremor.nextDouble() * 4, nx - random.nextDouble() * 60, 140 + random.nextDouble() * 40, nx, ny));
            x = nx;
            y = ny;
        }
        g.dispose();
        return image;
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }
}
