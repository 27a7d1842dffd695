package id.ektp.identification;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.ektp.packet.BiometricFormat;
import id.ektp.packet.BiometricItem;
import id.ektp.packet.CaptureMetadata;
import id.ektp.packet.Demographics;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.packet.FingerPosition;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;

/**
 * Packets as a service point sends them, for central's tests: real FVC2002 DB1_B fingerprints (500 DPI) as
 * PNG, a drawn face and signature, and demographics of a desa. {@code fingers} maps a finger position to an
 * FVC2002 image name ({@code "101_1"}): the same FVC finger in two packets makes them the same person.
 */
public final class CentralPackets {

    private static final AtomicLong SERIAL = new AtomicLong(1000);

    private CentralPackets() {
    }

    public static Path fvc2002() {
        Path folder = Path.of(System.getProperty("ektp.shared.data", "../shared/data"), "fingerprints", "fvc2002", "DB1_B");
        assumeTrue(Files.isDirectory(folder), "FVC2002 data not found at " + folder.toAbsolutePath()
                + "; skipping the test that needs real fingerprints");
        return folder;
    }

    public static EnrolmentPacket packet(String name, String desaCode, String captureOfficer, Map<FingerPosition, String> fingers) {
        Path folder = fvc2002();
        List<BiometricItem> items = new ArrayList<>();
        fingers.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                items.add(BiometricItem.finger(e.getKey(), BiometricFormat.PNG, 70, png(folder.resolve(e.getValue() + ".tif")))));
        items.add(new BiometricItem(BiometricItem.Modality.FACE, null, BiometricFormat.PNG, 90, drawn(120, 160, name)));
        items.add(new BiometricItem(BiometricItem.Modality.SIGNATURE, null, BiometricFormat.PNG, 90, drawn(200, 60, name)));
        String kecamatan = desaCode.substring(0, desaCode.lastIndexOf('.'));
        String nik = kecamatan.replace(".", "") + "140300" + String.format("%04d", SERIAL.incrementAndGet() % 10000);
        Demographics demographics = new Demographics(nik, kecamatan.replace(".", "") + "0101100001", name, "Bandung", LocalDate.of(2000, 3, 14),
                Demographics.Sex.LAKI_LAKI, desaCode);
        CaptureMetadata capture = new CaptureMetadata(captureOfficer, kecamatan + "-71",
                new CaptureMetadata.Device("eds-test", "EDS-500 simulator", "9c1a6f0e2b3d4c5a"), Instant.now(), List.of());
        return EnrolmentPacket.of(UUID.randomUUID(), demographics, items, capture);
    }

    private static byte[] png(Path tif) {
        try {
            BufferedImage image = ImageIO.read(tif.toFile());
            return encode(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain picture with the name on it: stands in for the photo and the signature, which nothing here matches. */
    private static byte[] drawn(int width, int height, String text) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xECEFF1));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        g.drawString(text, 8, height / 2);
        g.dispose();
        return encode(image);
    }

    private static byte[] encode(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
