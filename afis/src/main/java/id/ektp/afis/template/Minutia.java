package id.ektp.afis.template;

/**
 * One minutia of a template: where it lies (pixels at 500 DPI, origin top left), the ridge direction in
 * radians (0 to 2 pi, SourceAFIS's convention) and whether a ridge ends or forks there.
 */
public record Minutia(int x, int y, double direction, Type type) {

    public enum Type { ENDING, BIFURCATION }
}
