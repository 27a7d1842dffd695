package id.ektp.afis.quality;

import com.machinezoo.fingerprintio.iso19794p2v2005.Iso19794p2v2005Minutia;
import com.machinezoo.fingerprintio.iso19794p2v2005.Iso19794p2v2005Template;
import id.ektp.afis.template.FingerTemplate;
import id.ektp.afis.template.TemplateFormat;
import id.ektp.afis.template.TemplateInterchange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The minutiae count and the area they span, read from the template through its ISO/IEC 19794-2:2005
 * export (SourceAFIS keeps its minutiae private; the ISO record is the public view of them).
 */
record MinutiaeLayout(int count, double areaMm2) {

    private static final TemplateInterchange INTERCHANGE = new TemplateInterchange();

    static MinutiaeLayout of(FingerTemplate template) {
        Iso19794p2v2005Template iso = new Iso19794p2v2005Template(
                INTERCHANGE.export(template, TemplateFormat.ISO_19794_2_2005));
        if (iso.fingerprints.isEmpty()) {
            return new MinutiaeLayout(0, 0);
        }
        List<Iso19794p2v2005Minutia> minutiae = iso.fingerprints.get(0).minutiae;
        // ISO 2005 states resolution in pixels per centimetre.
        double mmPerPixelX = 10.0 / iso.resolutionX;
        double mmPerPixelY = 10.0 / iso.resolutionY;
        List<double[]> points = new ArrayList<>(minutiae.size());
        for (Iso19794p2v2005Minutia m : minutiae) {
            points.add(new double[] {m.positionX * mmPerPixelX, m.positionY * mmPerPixelY});
        }
        return new MinutiaeLayout(minutiae.size(), hullArea(points));
    }

    /** Area of the convex hull (Andrew's monotone chain, shoelace formula). */
    static double hullArea(List<double[]> points) {
        if (points.size() < 3) {
            return 0;
        }
        List<double[]> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
        int n = sorted.size();
        double[][] hull = new double[2 * n][];
        int k = 0;
        for (int i = 0; i < n; i++) {
            while (k >= 2 && cross(hull[k - 2], hull[k - 1], sorted.get(i)) <= 0) {
                k--;
            }
            hull[k++] = sorted.get(i);
        }
        for (int i = n - 2, lower = k + 1; i >= 0; i--) {
            while (k >= lower && cross(hull[k - 2], hull[k - 1], sorted.get(i)) <= 0) {
                k--;
            }
            hull[k++] = sorted.get(i);
        }
        double twiceArea = 0;
        for (int i = 0; i < k - 1; i++) {
            twiceArea += hull[i][0] * hull[i + 1][1] - hull[i + 1][0] * hull[i][1];
        }
        return Math.abs(twiceArea) / 2;
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }
}
