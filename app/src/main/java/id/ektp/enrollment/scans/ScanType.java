package id.ektp.enrollment.scans;

import java.util.Optional;

/**
 * The kinds of scan a regular application may carry, told apart by their first bytes, never by the
 * file's name or the type its sender declared: a file named {@code .pdf} that is not a PDF is refused.
 */
public enum ScanType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    ScanType(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type whose signature the content starts with; empty for anything else. */
    public static Optional<ScanType> of(byte[] content) {
        for (ScanType type : values()) {
            if (startsWith(content, type.magic)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    static ScanType ofMediaType(String mediaType) {
        for (ScanType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("no scan type " + mediaType);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
