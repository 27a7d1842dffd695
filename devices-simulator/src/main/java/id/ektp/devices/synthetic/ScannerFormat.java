package id.ektp.devices.synthetic;

/** Image sizes of common 500 dpi optical flat scanners that impressions are rendered for. */
public enum ScannerFormat {
    /** The size of FVC2002 DB1 (Identix TouchView II). */
    OPTICAL_388X374(388, 374),
    /** A square single-finger optical scanner (e.g. the 416x416 frame of FAP 20 class devices). */
    OPTICAL_416X416(416, 416);

    public static final int DPI = 500;

    private final int width;
    private final int height;

    ScannerFormat(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
