package id.ektp.afis.index;

/**
 * The minutiae of one finger as the index sees them: positions in pixels at 500 dpi and directions in
 * radians (counter-clockwise, as ISO/IEC 19794-2 counts them). Only geometry is kept; minutia types are
 * left out because extractors disagree on them too often to be worth bits in a shortlist code.
 */
public record Minutiae(float[] x, float[] y, float[] direction) {

    public Minutiae {
        if (x.length != y.length || x.length != direction.length) {
            throw new IllegalArgumentException("minutia arrays differ in length");
        }
    }

    public int size() {
        return x.length;
    }
}
