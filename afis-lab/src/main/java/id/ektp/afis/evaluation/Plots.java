package id.ektp.afis.evaluation;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The report's PNG figures, drawn with XChart. */
final class Plots {
    private Plots() {
    }

    /** A DET chart: FNMR against FMR, both logarithmic; zero rates cannot be drawn on a log axis and are left out. */
    static XYChart det(String title, String xTitle, String yTitle) {
        return det(title, xTitle, yTitle, 1e-6, 1e-4);
    }

    static XYChart det(String title, String xTitle, String yTitle, double xMin, double yMin) {
        XYChart chart = new XYChartBuilder().width(900).height(650).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        chart.getStyler().setXAxisMin(xMin);
        chart.getStyler().setXAxisMax(1.0);
        chart.getStyler().setYAxisMin(yMin);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setXAxisDecimalPattern("0.#E0");
        chart.getStyler().setYAxisDecimalPattern("0.#E0");
        return chart;
    }

    static void addCurve(XYChart chart, String name, List<double[]> points) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        double lastX = -1;
        double lastY = -1;
        for (double[] p : points) {
            if (p[0] <= 0 || p[1] <= 0)
                continue;
            // Thin the curve: keep a point only when it moves visibly on the log axes.
            if (lastX > 0 && Math.abs(Math.log10(p[0] / lastX)) < 0.02 && Math.abs(Math.log10(p[1] / lastY)) < 0.02)
                continue;
            x.add(p[0]);
            y.add(p[1]);
            lastX = p[0];
            lastY = p[1];
        }
        if (x.isEmpty())
            return;
        chart.addSeries(name, x, y).setMarker(SeriesMarkers.NONE);
    }

    /** Normalised histograms of several score samples on one chart. */
    static XYChart histograms(String title, String xTitle, double binWidth, double max, boolean logY, List<String> names,
            List<ScoreDistribution> samples) {
        XYChart chart = new XYChartBuilder().width(700).height(450).title(title).xAxisTitle(xTitle)
                .yAxisTitle("fraction of comparisons").build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
        chart.getStyler().setYAxisLogarithmic(logY);
        if (logY)
            chart.getStyler().setYAxisMin(1e-5);
        for (int s = 0; s < samples.size(); s++) {
            int bins = (int) Math.ceil(max / binWidth);
            double[] counts = new double[bins];
            double[] scores = samples.get(s).scores();
            for (double score : scores)
                counts[(int) Math.min(bins - 1, Math.max(0, score) / binWidth)] += 1.0 / scores.length;
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int b = 0; b < bins; b++) {
                if (logY && counts[b] <= 0)
                    continue;
                x.add(b * binWidth);
                y.add(counts[b]);
            }
            chart.addSeries(names.get(s), x, y).setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    /** Writes charts side by side (wrapping after {@code columns}) into one PNG. */
    static void save(Path file, int columns, XYChart... charts) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        for (XYChart chart : charts)
            images.add(BitmapEncoder.getBufferedImage(chart));
        int cellWidth = images.stream().mapToInt(BufferedImage::getWidth).max().orElse(1);
        int cellHeight = images.stream().mapToInt(BufferedImage::getHeight).max().orElse(1);
        int rows = (images.size() + columns - 1) / columns;
        int cols = Math.min(columns, images.size());
        BufferedImage sheet = new BufferedImage(cellWidth * cols, cellHeight * rows, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        for (int i = 0; i < images.size(); i++)
            g.drawImage(images.get(i), (i % columns) * cellWidth, (i / columns) * cellHeight, null);
        g.dispose();
        ImageIO.write(sheet, "png", file.toFile());
    }
}
