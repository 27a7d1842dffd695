package id.ektp.devices.quality;

import id.ektp.afis.evaluation.ScoreDistribution;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/** Draws the empirical CDFs of impostor and genuine scores of every set side by side, as a PNG-ready image. */
final class ScoreChart {
    private static final Color[] COLORS = {new Color(0xd62728), new Color(0x1f77b4), new Color(0x2ca02c),
        new Color(0x9467bd), new Color(0xff7f0e), new Color(0x17becf), new Color(0x8c564b)};
    private static final int PANEL_WIDTH = 560;
    private static final int PANEL_HEIGHT = 400;
    private static final int MARGIN = 50;

    private ScoreChart() {
    }

    static BufferedImage draw(List<SetEvaluation> sets, String title) {
        BufferedImage image = new BufferedImage(2 * PANEL_WIDTH, PANEL_HEIGHT + 90, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, MARGIN, 22);
        panel(g, sets, 0, true, "Impostor scores (CDF)", 60);
        panel(g, sets, PANEL_WIDTH, false, "Genuine scores (CDF)", 400);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int x = MARGIN;
        for (int i = 0; i < sets.size(); i++) {
            g.setColor(COLORS[i % COLORS.length]);
            g.fillRect(x, PANEL_HEIGHT + 62, 14, 4);
            g.setColor(Color.BLACK);
            g.drawString(sets.get(i).name(), x + 18, PANEL_HEIGHT + 68);
            x += 30 + g.getFontMetrics().stringWidth(sets.get(i).name());
        }
        g.dispose();
        return image;
    }

    private static void panel(Graphics2D g, List<SetEvaluation> sets, int left, boolean impostor, String title,
                              double maxScore) {
        int x0 = left + MARGIN;
        int y0 = 40 + PANEL_HEIGHT - MARGIN;
        int w = PANEL_WIDTH - 2 * MARGIN;
        int h = PANEL_HEIGHT - 2 * MARGIN;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(Color.LIGHT_GRAY);
        for (int i = 0; i <= 4; i++) {
            int y = y0 - h * i / 4;
            g.drawLine(x0, y, x0 + w, y);
            int x = x0 + w * i / 4;
            g.drawLine(x, y0, x, y0 - h);
        }
        g.setColor(Color.BLACK);
        g.drawRect(x0, y0 - h, w, h);
        g.drawString(title, x0, y0 - h - 6);
        for (int i = 0; i <= 4; i++) {
            g.drawString(String.format("%.2f", i / 4.0), x0 - 34, y0 - h * i / 4 + 4);
            g.drawString(String.format("%.0f", maxScore * i / 4), x0 + w * i / 4 - 8, y0 + 16);
        }
        g.drawString("SourceAFIS score", x0 + w / 2 - 45, y0 + 32);
        // The SourceAFIS threshold for FMR 0.01 %.
        int tx = x0 + (int) (w * 40 / maxScore);
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 4}, 0));
        g.drawLine(tx, y0, tx, y0 - h);
        g.setStroke(new BasicStroke(2));
        for (int s = 0; s < sets.size(); s++) {
            ScoreDistribution d = impostor ? sets.get(s).impostor() : sets.get(s).genuine();
            g.setColor(COLORS[s % COLORS.length]);
            int prevX = x0;
            int prevY = y0;
            for (int px = 0; px <= w; px++) {
                double score = maxScore * px / w;
                int y = y0 - (int) Math.round(h * d.cdf(score));
                g.drawLine(prevX, prevY, x0 + px, y);
                prevX = x0 + px;
                prevY = y;
            }
        }
        g.setStroke(new BasicStroke(1));
    }
}
