package id.ektp.afis.synthetic;

import java.util.List;

/**
 * The whole ridge pattern of one synthetic finger, as far as a minutiae matcher can see it: the
 * orientation field, the finger's elliptic outline (semi-axes in pixels at 500 dpi, centred at 0,0) and
 * every minutia on it. Impressions are partial, distorted, noisy views of this.
 */
public record MasterFinger(OrientationField field, double semiAxisX, double semiAxisY, List<Minutia> minutiae) {
    public MasterFinger {
        minutiae = List.copyOf(minutiae);
    }

    public PatternClass pattern() {
        return field.pattern();
    }
}
