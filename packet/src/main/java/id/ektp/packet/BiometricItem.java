package id.ektp.packet;

import java.util.Objects;

/**
 * One captured biometric: a finger (with its position), the face, an iris, or the signature. {@code quality}
 * is the capture's quality score 0-100 (NFIQ-style: higher is better) as measured at the service point.
 */
public record BiometricItem(Modality modality, FingerPosition position, BiometricFormat format, int quality, byte[] data) {

    public enum Modality { FINGER, FACE, IRIS, SIGNATURE }

    public BiometricItem {
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(data, "data");
        if ((modality == Modality.FINGER) != (position != null)) {
            throw new IllegalArgumentException("a finger has a position and nothing else has one");
        }
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("quality must be 0-100, was " + quality);
        }
        data = data.clone();
    }

    public static BiometricItem finger(FingerPosition position, BiometricFormat format, int quality, byte[] data) {
        return new BiometricItem(Modality.FINGER, position, format, quality, data);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BiometricItem b && modality == b.modality && position == b.position && format == b.format
                && quality == b.quality && java.util.Arrays.equals(data, b.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(modality, position, format, quality, java.util.Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "BiometricItem[" + modality + " " + position + " " + format + " q" + quality + ", " + data.length + " bytes]";
    }
}
