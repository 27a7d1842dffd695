package id.ektp.enrollment.upload;

import id.ektp.packet.BiometricFormat;
import id.ektp.packet.BiometricItem;
import id.ektp.packet.CaptureMetadata;
import id.ektp.packet.Demographics;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.packet.FingerPosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Enrolment packets as a service point's capture would close them (until the desk's capture builds them):
 * ten fingers, each a real FVC2002 impression (image and its ISO/IEC 19794-2 template) when
 * {@code ../shared/data/fingerprints} is present, otherwise random bytes of the same sizes; the face, both
 * irises and the signature as random bytes of typical sizes.
 */
public final class TestPackets {

    static final Path FVC = Path.of("../../shared/data/fingerprints/fvc2002/DB1_B");

    private TestPackets() {
    }

    /** True when the real impressions are there. */
    public static boolean realFingers() {
        return Files.isDirectory(FVC) || Files.isDirectory(Path.of("../shared/data/fingerprints/fvc2002/DB1_B"));
    }

    /** A packet for a resident of Sukasari naming no station (the outbox stamps its own). */
    public static EnrolmentPacket packet(UUID packetId, String nik, String name, int person) {
        return packet(packetId, nik, name, person, null);
    }

    public static EnrolmentPacket packet(UUID packetId, String nik, String name, int person, String station) {
        List<BiometricItem> items = new ArrayList<>();
        Random random = new Random(person);
        FingerPosition[] positions = FingerPosition.values();
        for (int i = 0; i < positions.length; i++) {
            items.add(BiometricItem.finger(positions[i], BiometricFormat.PNG, 60 + i, png(finger(person, i, "tif", 0, random), random)));
            items.add(BiometricItem.finger(positions[i], BiometricFormat.ISO_19794_2_2005, 60 + i, finger(person, i, "iso", 800, random)));
        }
        items.add(new BiometricItem(BiometricItem.Modality.FACE, null, BiometricFormat.JPEG, 90, bytes(random, 60_000)));
        items.add(new BiometricItem(BiometricItem.Modality.IRIS, null, BiometricFormat.PNG, 85, bytes(random, 40_000)));
        items.add(new BiometricItem(BiometricItem.Modality.IRIS, null, BiometricFormat.PNG, 84, bytes(random, 40_000)));
        items.add(new BiometricItem(BiometricItem.Modality.SIGNATURE, null, BiometricFormat.PNG, 100, bytes(random, 8_000)));
        return EnrolmentPacket.of(packetId,
                new Demographics(nik, "3273010101100001", name, "Bandung", LocalDate.of(2000, 3, 14), Demographics.Sex.PEREMPUAN,
                        "32.73.01.1001"),
                items,
                new CaptureMetadata("operator", station, new CaptureMetadata.Device("eds-sim-1", "EDS-500 simulator", "9c1a6f0e2b3d4c5a"),
                        Instant.now().truncatedTo(ChronoUnit.MILLIS), List.of()));
    }

    private static byte[] finger(int person, int finger, String extension, int fallbackSize, Random random) {
        Path folder = Files.isDirectory(FVC) ? FVC : Path.of("../shared/data/fingerprints/fvc2002/DB1_B");
        // DB1_B holds fingers 101-110, eight impressions each: one finger per position, the impression by person.
        Path file = folder.resolve((101 + finger) + "_" + (1 + Math.floorMod(person, 8)) + "." + extension);
        if (Files.exists(file)) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes(random, fallbackSize);
    }

    /** The FVC2002 TIFF impression as PNG (what a scanner's capture is sent as); random bytes of a PNG's size without the data. */
    private static byte[] png(byte[] tiff, Random random) {
        if (tiff.length == 0) {
            return bytes(random, 120_000);
        }
        try {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(tiff));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Random random, int size) {
        byte[] b = new byte[size];
        random.nextBytes(b);
        return b;
    }
}
