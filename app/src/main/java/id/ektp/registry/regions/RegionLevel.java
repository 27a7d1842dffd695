package id.ektp.registry.regions;

/** The four levels of Kemendagri region codes and the shape of each dotted code. */
public enum RegionLevel {
    PROVINSI(1, "\\d{2}"),
    KABUPATEN_KOTA(2, "\\d{2}\\.\\d{2}"),
    KECAMATAN(3, "\\d{2}\\.\\d{2}\\.\\d{2}"),
    DESA_KELURAHAN(4, "\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}");

    private final int depth;
    private final java.util.regex.Pattern shape;

    RegionLevel(int depth, String shape) {
        this.depth = depth;
        this.shape = java.util.regex.Pattern.compile(shape);
    }

    public int depth() {
        return depth;
    }

    /** The level of a well-formed dotted code, or empty when the code has none of the four shapes. */
    public static java.util.Optional<RegionLevel> of(String code) {
        if (code == null) {
            return java.util.Optional.empty();
        }
        for (RegionLevel level : values()) {
            if (level.shape.matcher(code).matches()) {
                return java.util.Optional.of(level);
            }
        }
        return java.util.Optional.empty();
    }

    public static RegionLevel ofDepth(int depth) {
        return values()[depth - 1];
    }

    /** The parent's code ({@code 32.73.01} for {@code 32.73.01.1001}), or null for a province. */
    public static String parentOf(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }
}
