package id.ektp.devices.synthetic;

/** The global ridge orientation of a master finger: the direction ridges run at a point, in [0, pi). */
interface OrientationModel {
    /** Ridge direction at a master pixel, as an angle in image coordinates (x right, y down), modulo pi. */
    double orientation(double x, double y);
}
