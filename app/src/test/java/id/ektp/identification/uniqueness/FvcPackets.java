package id.ektp.identification.uniqueness;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.ektp.afis.image.Resolution;
import id.ektp.afis.template.TemplateExtractor;
import id.ektp.afis.template.TemplateFormat;
import id.ektp.afis.template.TemplateInterchange;
import id.ektp.packet.BiometricFormat;
import id.ektp.packet.BiometricItem;
import id.ektp.packet.CaptureMetadata;
import id.ektp.packet.Demographics;
import id.ektp.packet.EnrolmentPacket;
import id.ektp.packet.FingerPosition;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * Enrolment packets of real fingers: a "person" is finger k (101..110) of each FVC2002 B set, one set per finger
 * position (right thumb, right index, left thumb, left index; the other six declared not capturable), so ten
 * distinct persons with eight impressions each. Each finger travels as the station sends it: the PNG image and
 * the ISO/IEC 19794-2:2005 template the station extracted from it. Skips the test when the data is absent.
 */
final class FvcPackets {

    static final List<FingerPosition> POSITIONS = List.of(FingerPosition.RIGHT_THUMB, FingerPosition.RIGHT_INDEX,
            FingerPosition.LEFT_THUMB, FingerPosition.LEFT_INDEX);
    private static final List<String> SETS = List.of("DB1_B", "DB2_B", "DB3_B", "DB4_B");
    private static final Map<String, byte[]> PNG = new ConcurrentHashMap<>();
    private static final Map<String, byte[]> ISO = new ConcurrentHashMap<>();
    private static final TemplateExtractor EXTRACTOR = new TemplateExtractor();

    private FvcPackets() {
    }

    static Path folder(String set) {
        Path folder = Path.of(System.getProperty("ektp.shared.data", "../shared/data"), "fingerprints", "fvc2002", set);
        assumeTrue(Files.isDirectory(folder), "FVC2002 data not found at " + folder.toAbsolutePath()
                + " (set -Dektp.shared.data); skipping the test that needs real fingerprints");
        return folder;
    }

    /** Person 1..10's finger at {@code position}, impression 1..8, as a PNG. */
    static byte[] png(int person, FingerPosition position, int impression) {
        String set = SETS.get(POSITIONS.indexOf(position));
        return PNG.computeIfAbsent(set + "/" + (100 + person) + "_" + impression, key -> {
            try {
                BufferedImage image = ImageIO.read(folder(set).resolve((100 + person) + "_" + impression + ".tif").toFile());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(image, "png", out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The station's template of that image. */
    static byte[] iso(int person, FingerPosition position, int impression) {
        return ISO.computeIfAbsent(position + "/" + person + "_" + impression, key -> new TemplateInterchange().export(
                EXTRACTOR.extract(png(person, position, impression), Resolution.DPI_500), TemplateFormat.ISO_19794_2_2005));
    }

    record Resident(String nik, String name, LocalDate born, Demographics.Sex sex, String desaCode) {
    }

    static Resident resident(int n, String name) {
        return new Resident(String.format("32730155%04d%04d", n % 10_000, 1), name, LocalDate.of(1990, 1, 1 + n % 28),
                n % 2 == 0 ? Demographics.Sex.LAKI_LAKI : Demographics.Sex.PEREMPUAN, "32.73.01.1001");
    }

    /** A packet of {@code person}'s four fingers at {@code impression}, image and template each. */
    static EnrolmentPacket packet(Resident who, int person, int impression) {
        List<BiometricItem> items = new ArrayList<>();
        for (FingerPosition p : POSITIONS) {
            items.add(BiometricItem.finger(p, BiometricFormat.PNG, 60, png(person, p, impression)));
            items.add(BiometricItem.finger(p, BiometricFormat.ISO_19794_2_2005, 60, iso(person, p, impression)));
        }
        return packet(who, items, notCaptured(EnumSet.copyOf(POSITIONS)));
    }

    static EnrolmentPacket packet(Resident who, List<BiometricItem> items, List<CaptureMetadata.CaptureException> exceptions) {
        return EnrolmentPacket.of(UUID.randomUUID(),
                new Demographics(who.nik(), "3273010101900001", who.name(), "Bandung", who.born(), who.sex(), who.desaCode()),
                items, new CaptureMetadata("operator-1", "32.73.01-91", new CaptureMetadata.Device("dev-1", "Simulator", "00"),
                        Instant.parse("2026-12-02T08:00:00Z"), exceptions));
    }

    /** The positions other than {@code captured}, declared amputated. */
    static List<CaptureMetadata.CaptureException> notCaptured(EnumSet<FingerPosition> captured) {
        List<CaptureMetadata.CaptureException> exceptions = new ArrayList<>();
        for (FingerPosition p : FingerPosition.values()) {
            if (!captured.contains(p)) {
                exceptions.add(new CaptureMetadata.CaptureException(p, CaptureMetadata.CaptureException.Reason.AMPUTATED));
            }
        }
        return exceptions;
    }
}
