package id.ektp.accounts.officers;

import java.util.regex.Pattern;

/** How wide an officer's region is: the whole country, one kabupaten/kota, or one kecamatan. */
public enum RegionLevel {
    NATIONAL(Pattern.compile("")),
    KABUPATEN(Pattern.compile("\\d{2}\\.\\d{2}")),
    KECAMATAN(Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}"));

    private final Pattern code;

    RegionLevel(Pattern code) {
        this.code = code;
    }

    /** True when the dotted code has this level's shape ('' for national). */
    public boolean fits(String dottedCode) {
        return code.matcher(dottedCode == null ? "" : dottedCode).matches();
    }

    public String example() {
        return switch (this) {
            case NATIONAL -> "'' (whole country)";
            case KABUPATEN -> "32.73";
            case KECAMATAN -> "32.73.01";
        };
    }
}
