package id.ektp.devices.synthetic;

/** A core or delta of a master finger, in master pixels (500 dpi). */
public record SingularPoint(double x, double y) {
}
