package id.ektp.devices.synthetic;

/**
 * The outline of a fingertip on the platen: an ellipse whose lower half is longer than its upper half (the finger
 * goes on below the scanner's window).
 */
public record FingertipShape(double centerX, double centerY, double halfWidth, double topHalfHeight,
                             double bottomHalfHeight) {

    /** Normalised distance from the centre: below 1 inside the fingertip, 1 on its outline. */
    double distance(double x, double y) {
        double dx = (x - centerX) / halfWidth;
        double dy = (y - centerY) / (y < centerY ? topHalfHeight : bottomHalfHeight);
        return Math.sqrt(dx * dx + dy * dy);
    }
}
