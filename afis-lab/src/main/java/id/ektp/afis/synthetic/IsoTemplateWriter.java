package id.ektp.afis.synthetic;

import java.nio.ByteBuffer;

/**
 * Writes an impression as an ISO/IEC 19794-2:2005 finger minutiae record: one finger view, no extended
 * data. Written by hand rather than through fingerprintio's object model because the generator makes
 * millions of them; the tests parse the output with fingerprintio to hold it to the standard.
 */
public final class IsoTemplateWriter {
    private static final int HEADER = 24;
    private static final int VIEW_HEADER = 4;
    private static final int MINUTIA = 6;
    /** 500 dpi in pixels per centimetre, the unit the standard uses. */
    private static final int PIXELS_PER_CM = 197;
    private static final int MAX_MINUTIAE = 255;

    private IsoTemplateWriter() {
    }

    /**
     * @param fingerPosition ISO finger position code, 1 (right thumb) to 10 (left little)
     */
    public static byte[] write(Impression impression, int fingerPosition) {
        // Rounding to whole pixels and 256 angles, and clamping to the border, can make two minutiae one;
        // a record holds each once (the engine refuses repeated minutiae as forged).
        java.util.LinkedHashMap<Long, int[]> encoded = new java.util.LinkedHashMap<>();
        for (Minutia m : impression.minutiae()) {
            int type = m.kind() == MinutiaKind.ENDING ? 1 : 2;
            int x = clamp((int) Math.round(m.x()), impression.width() - 1);
            int y = clamp((int) Math.round(m.y()), impression.height() - 1);
            int angle = isoAngle(m.direction());
            encoded.putIfAbsent(((long) x << 24) | ((long) y << 8) | angle, new int[] {type, x, y, angle});
        }
        java.util.List<int[]> minutiae = java.util.List.copyOf(encoded.values());
        int count = Math.min(MAX_MINUTIAE, minutiae.size());
        int length = HEADER + VIEW_HEADER + count * MINUTIA + 2;
        ByteBuffer out = ByteBuffer.allocate(length);
        out.put(new byte[] { 'F', 'M', 'R', 0, ' ', '2', '0', 0 });
        out.putInt(length);
        out.putShort((short) 0); // capture equipment: not certified, ID unreported
        out.putShort((short) impression.width());
        out.putShort((short) impression.height());
        out.putShort((short) PIXELS_PER_CM);
        out.putShort((short) PIXELS_PER_CM);
        out.put((byte) 1); // finger views
        out.put((byte) 0); // reserved
        out.put((byte) fingerPosition);
        out.put((byte) 0); // view 0, impression type 0 (live-scan plain)
        out.put((byte) 60); // finger quality
        out.put((byte) count);
        for (int i = 0; i < count; i++) {
            int[] m = minutiae.get(i);
            out.putShort((short) ((m[0] << 14) | m[1]));
            out.putShort((short) m[2]);
            out.put((byte) m[3]);
            out.put((byte) 60); // minutia quality
        }
        out.putShort((short) 0); // no extended data
        return out.array();
    }

    /** The standard counts angles counterclockwise in steps of 360/256 degrees; image-space angles run clockwise. */
    static int isoAngle(double imageDirection) {
        double counterclockwise = -imageDirection;
        double turns = counterclockwise / (2 * Math.PI);
        turns -= Math.floor(turns);
        return (int) Math.round(turns * 256) & 0xff;
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(max, value));
    }
}
