package id.ektp.afis.synthetic;

/**
 * A minutia in pixel coordinates at 500 dpi, y pointing down; {@code direction} in radians measured from
 * +x towards +y (clockwise on screen), as in image space.
 */
public record Minutia(double x, double y, double direction, MinutiaKind kind) {
}
