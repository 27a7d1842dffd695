package id.ektp.afis.synthetic;

import java.util.List;

/**
 * The whole ridge pattern of one synthetic finger, as far as a minutiae matcher can see it: the
 * orientation field, the finger's elliptic outline (semi-axes in pixels at 500 dpi, centred at 0,0) and
 * every minutia on it. Impressions are partial, distorted, noisy views of this.
 *
 * <p>Not the same thing as the device simulator's {@code id.ektp.devices.synthetic.MasterFinger}, which
 * is a grown ridge image that impressions are rendered from as pixels: this one never has pixels, so
 * that a million-person gallery's templates can be made in minutes (minutiae only, as the engine's
 * evaluation and benchmarks need), while the simulator needs images a scanner would deliver. Both take
 * their {@link PatternClass} and their {@link Seeds} from here.
 */
public record MasterFinger(OrientationField field, double semiAxisX, double semiAxisY, List<Minutia> minutiae) {
    public MasterFinger {
        minutiae = List.copyOf(minutiae);
    }

    public PatternClass pattern() {
        return field.pattern();
    }
}
