package id.ektp.afis.template;

import static id.ektp.afis.AfisAssertions.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.Fvc2002;
import id.ektp.afis.Fvc2002.Set;
import id.ektp.afis.gallery.BruteForceGallery;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.MatchPolicy;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.index.FastGallery;
import id.ektp.afis.store.PersistentGallery;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile record of issue 12, each made from a valid ISO/IEC 19794-2:2005 record of FVC2002
 * (24-byte header: length at 8, width 14, height 16, resolution 18 and 20; view header at 24: position,
 * view, quality, minutia count; 6 bytes a minutia), is refused with its own reason by the import and
 * by both galleries, and nothing is enrolled.
 */
class HostileTemplateTest {

    private final TemplateInterchange interchange = new TemplateInterchange();
    @TempDir
    Path directory;
    private FastGallery fast;
    private BruteForceGallery brute;

    @BeforeEach
    void open() {
        fast = FastGallery.open(directory, MatchPolicy.DEFAULT, new FastGallery.Options(50, 1));
        brute = new BruteForceGallery(MatchPolicy.DEFAULT, 1);
    }

    @AfterEach
    void close() {
        fast.close();
        brute.close();
    }

    static Stream<Arguments> hostileRecords() {
        return Stream.of(
                Arguments.of("zero resolution", edit(r -> put16(put16(r, 18, 0), 20, 0)), Reason.RESOLUTION_OUT_OF_RANGE),
                Arguments.of("x-resolution 65535", edit(r -> put16(r, 18, 65535)), Reason.RESOLUTION_OUT_OF_RANGE),
                Arguments.of("a 0x0 image", edit(r -> put16(put16(r, 14, 0), 16, 0)), Reason.BAD_IMAGE_SIZE),
                Arguments.of("a 20000-pixel-wide image", edit(r -> put16(r, 14, 20000)), Reason.BAD_IMAGE_SIZE),
                Arguments.of("a minutia outside the image", edit(r -> put16(r, 28, (r[28] & 0xc0) << 8 | 1000)),
                        Reason.MINUTIA_OUTSIDE_IMAGE),
                Arguments.of("255 identical zero minutiae", identicalMinutiae(255), Reason.DUPLICATE_MINUTIAE),
                Arguments.of("74 garbage bytes after the declared end", Arrays.copyOf(valid(), valid().length + 74),
                        Reason.TRAILING_BYTES),
                Arguments.of("finger position 77", edit(r -> put8(r, 24, 77)), Reason.UNKNOWN_FINGER_POSITION),
                Arguments.of("quality 250", edit(r -> put8(r, 26, 250)), Reason.QUALITY_OUT_OF_RANGE),
                Arguments.of("a reserved minutia type", edit(r -> put8(r, 28, r[28] | 0xc0)), Reason.UNKNOWN_MINUTIA_TYPE),
                Arguments.of("a corrupted length field", edit(r -> put16(r, 8, 1)), Reason.LENGTH_MISMATCH),
                Arguments.of("a record cut off in its minutiae", Arrays.copyOf(valid(), 100), Reason.TRUNCATED_TEMPLATE),
                Arguments.of("no minutiae", keepMinutiae(0), Reason.TOO_FEW_MINUTIAE),
                Arguments.of("11 minutiae", keepMinutiae(EnrolmentCheck.MIN_MINUTIAE - 1), Reason.TOO_FEW_MINUTIAE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRecords")
    void aHostileRecordIsRefusedWithItsReasonAndNeverEnrolled(String what, byte[] record, Reason reason) {
        if (reason == Reason.TOO_FEW_MINUTIAE) {
            // A valid record of a fingertip can be searched; it cannot be enrolled.
            FingerTemplate tip = interchange.importTemplate(record);
            assertFailsWith(() -> brute.insert(UUID.randomUUID(), TenPrint.of(FingerPosition.RIGHT_INDEX, tip)), reason);
            assertFailsWith(() -> fast.insert(UUID.randomUUID(), TenPrint.of(FingerPosition.RIGHT_INDEX, tip)), reason);
        } else {
            assertFailsWith(() -> interchange.importTemplate(record), reason);
        }
        assertFailsWith(() -> fast.insertIso(UUID.randomUUID(), Map.of(FingerPosition.RIGHT_INDEX, record)), reason);
        assertThat(fast.count()).isZero();
        assertThat(brute.count()).isZero();
    }

    @Test
    void aCorruptedLengthFieldIsNamedAsAnIsoRecordNotAsAnsi() {
        byte[] record = edit(r -> put16(r, 8, 1));

        assertThat(interchange.identify(record)).isEqualTo(TemplateFormat.ISO_19794_2_2005);
        assertFailsWith(() -> interchange.importTemplate(record), Reason.LENGTH_MISMATCH);
    }

    @Test
    void theValidRecordTheHostileOnesAreMadeFromIsAccepted() {
        FingerTemplate template = interchange.importTemplate(valid());

        brute.insert(UUID.randomUUID(), TenPrint.of(FingerPosition.RIGHT_INDEX, template));
        fast.insertIso(UUID.randomUUID(), Map.of(FingerPosition.RIGHT_INDEX, valid()));
        assertThat(brute.count()).isEqualTo(1);
        assertThat(fast.count()).isEqualTo(1);
    }

    /** The prepared (stored) form bypasses the record checks; the galleries still check the template itself. */
    @Test
    void aStoredTemplateWithAMinutiaOutsideItsImageIsNotEnrolled() {
        byte[] stored = Fvc2002.template(Set.DB1_B, 101, 1).toBytes();
        stored[11] = 0x7f; // first minutia's x (after magic, version, width, height, count): 32,512 and up
        FingerTemplate outside = FingerTemplate.fromBytes(stored);

        assertFailsWith(() -> brute.insert(UUID.randomUUID(), TenPrint.of(FingerPosition.RIGHT_INDEX, outside)),
                Reason.MINUTIA_OUTSIDE_IMAGE);
        assertFailsWith(() -> fast.insert(UUID.randomUUID(), TenPrint.of(FingerPosition.RIGHT_INDEX, outside)),
                Reason.MINUTIA_OUTSIDE_IMAGE);
        assertFailsWith(() -> interchange.export(outside, TemplateFormat.ISO_19794_2_2005), Reason.CORRUPT_TEMPLATE);
    }

    @Test
    void aRefusedTemplateLeavesNothingInTheGalleryFile() throws java.io.IOException {
        Path file = directory.resolve("gallery.afis");
        FingerTemplate tip = interchange.importTemplate(keepMinutiae(5));
        try (PersistentGallery gallery = PersistentGallery.open(file, new BruteForceGallery(MatchPolicy.DEFAULT, 1), true)) {
            long before = java.nio.file.Files.size(file);
            assertFailsWith(() -> gallery.insert(UUID.randomUUID(), TenPrint.of(FingerPosition.RIGHT_INDEX, tip)),
                    Reason.TOO_FEW_MINUTIAE);
            assertThat(java.nio.file.Files.size(file)).isEqualTo(before);
        }
        try (PersistentGallery reopened = PersistentGallery.open(file, new BruteForceGallery(MatchPolicy.DEFAULT, 1), true)) {
            assertThat(reopened.count()).isZero();
        }
    }

    static byte[] valid() {
        return Fvc2002.isoTemplate(Set.DB1_B, 101, 1);
    }

    private static byte[] edit(UnaryOperator<byte[]> change) {
        return change.apply(valid().clone());
    }

    /** The first {@code n} minutiae of the first view, with the count and length fields made to agree. */
    private static byte[] keepMinutiae(int n) {
        byte[] valid = valid();
        int minutiaeEnd = 28 + 6 * (valid[27] & 0xff);
        byte[] head = Arrays.copyOf(valid, 28 + 6 * n);
        byte[] record = new byte[head.length + valid.length - minutiaeEnd];
        System.arraycopy(head, 0, record, 0, head.length);
        System.arraycopy(valid, minutiaeEnd, record, head.length, valid.length - minutiaeEnd);
        put8(record, 27, n);
        return put32(record, 8, record.length);
    }

    private static byte[] identicalMinutiae(int n) {
        byte[] record = keepMinutiae(0);
        byte[] padded = new byte[record.length + 6 * n];
        System.arraycopy(record, 0, padded, 0, 28);
        System.arraycopy(record, 28, padded, 28 + 6 * n, record.length - 28);
        put8(padded, 27, n);
        return put32(padded, 8, padded.length);
    }

    private static byte[] put8(byte[] b, int at, int value) {
        b[at] = (byte) value;
        return b;
    }

    private static byte[] put16(byte[] b, int at, int value) {
        b[at] = (byte) (value >> 8);
        b[at + 1] = (byte) value;
        return b;
    }

    private static byte[] put32(byte[] b, int at, int value) {
        return put16(put16(b, at, value >>> 16), at + 2, value & 0xffff);
    }
}
