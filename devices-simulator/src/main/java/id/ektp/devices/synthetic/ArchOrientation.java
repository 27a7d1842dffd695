package id.ektp.devices.synthetic;

/**
 * Plain arch: ridges enter on one side, rise in a smooth hump and leave on the other, with no singular point.
 * Each ridge is modelled as y = y0 - A(y) exp(-(x-cx)^2 / 2s^2), whose slope gives the orientation.
 */
final class ArchOrientation implements OrientationModel {
    private final double centerX;
    private final double peakY;
    private final double amplitude;
    private final double width;
    private final double height;

    ArchOrientation(double centerX, double peakY, double amplitude, double width, double height) {
        this.centerX = centerX;
        this.peakY = peakY;
        this.amplitude = amplitude;
        this.width = width;
        this.height = height;
    }

    @Override
    public double orientation(double x, double y) {
        double dy = (y - peakY) / height;
        double hump = amplitude * Math.exp(-dy * dy);
        double dx = x - centerX;
        double slope = hump * dx / (width * width) * Math.exp(-dx * dx / (2 * width * width));
        return ZeroPoleOrientation.wrap(Math.atan(slope));
    }
}
