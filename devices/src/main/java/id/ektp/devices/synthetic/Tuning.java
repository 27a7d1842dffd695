package id.ektp.devices.synthetic;

final class Tuning {
    static double get(String name, double def) {
        return Double.parseDouble(System.getProperty("tune." + name, Double.toString(def)));
    }
    static final double SEEDS = get("seeds", 60);
    static final double DRY = get("dry", 0.45);
    static final double BLOTCH = get("blotch", 9);
    static final double DIST = get("dist", 6);
    static final double SHIFT = get("shift", 30);
    static final double ROT = get("rot", 7);
    static final double CONTACT = get("contact", 1.0);
    static final double STEEP = get("steep", 5);
    static final double NOISE = get("noise", 8);
}
