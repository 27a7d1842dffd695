package id.ektp.devices.synthetic;

/**
 * SFinGe-style synthetic fingerprints. A master finger is grown once from its id; each impression of it is then
 * cheap to render. Everything is deterministic: the same master id and impression number give the same pixels.
 */
public final class SyntheticFingerprintGenerator {
    /**
     * Random ridge seeds per master: fewer seeds, fewer places where ridge waves meet, fewer minutiae. Tuned with
     * the quality report: a faint random start everywhere instead of seeds filled every gap but made impostor
     * scores rise (labyrinth-like minutiae that look alike across fingers), so growth starts from seeds only.
     */
    static final int DEFAULT_SEEDS = 30;
    static final int DEFAULT_ITERATIONS = 18;

    private final MasterFingerFactory masters;
    private final ImpressionRenderer renderer = new ImpressionRenderer();

    public SyntheticFingerprintGenerator() {
        this(MasterFingerFactory.HALF_RESOLUTION);
    }

    /**
     * @param gridScale resolution of ridge growth relative to 500 dpi: 0.5 (the default) grows ridges at 250 dpi,
     *                  1.0 at full resolution (the slow baseline of the benchmark)
     */
    SyntheticFingerprintGenerator(double gridScale) {
        this.masters = new MasterFingerFactory(gridScale, DEFAULT_SEEDS, DEFAULT_ITERATIONS);
    }

    /** The master finger for an id, e.g. {@code "3201010101900001/2"} (a NIK and an ISO finger position). */
    public MasterFinger master(String masterId) {
        return masters.create(masterId);
    }

    public SyntheticFingerprint impression(MasterFinger master, int impression, ScannerFormat format) {
        if (impression < 0) {
            throw new IllegalArgumentException("Impression number must not be negative: " + impression);
        }
        return renderer.render(master, impression, format);
    }
}
