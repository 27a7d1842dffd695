package id.ektp.afis.synthetic;

import java.util.List;

/** One capture of a master finger: minutiae in the sensor's pixel grid (500 dpi), width x height pixels. */
public record Impression(int width, int height, List<Minutia> minutiae) {
    public Impression {
        minutiae = List.copyOf(minutiae);
    }
}
