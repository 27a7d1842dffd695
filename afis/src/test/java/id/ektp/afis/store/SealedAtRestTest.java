package id.ektp.afis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ektp.afis.AfisException;
import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.gallery.BruteForceGallery;
import id.ektp.afis.gallery.Decision;
import id.ektp.afis.gallery.MatchPolicy;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.index.FastGallery;
import id.ektp.afis.template.FingerTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gallery's files sealed at rest: no template byte in the clear on disk, every altered, swapped or
 * moved record refused, a wrong key refused at open, and reopening, replay, a torn tail and compaction
 * working as they do in the clear. The persons are the three synthetic ones of {@link OldFilesStillReadTest}'s
 * fixture (always present, so nothing here skips).
 */
class SealedAtRestTest {
    private static final UUID FIXTURE_FIRST = new UUID(0x4b5450L, 0);
    private static final UUID FIXTURE_THIRD = new UUID(0x4b5450L, 2);
    private static final FastGallery.Options OPTIONS = new FastGallery.Options(200, 1);
    private static final String MAGIC = "EKTPTST1";

    @TempDir
    Path directory;

    private final AtRestKey key = randomKey();
    private TenPrint alice;
    private TenPrint bob;

    @BeforeEach
    void readFixturePersons() throws IOException {
        Path fixture = directory.resolve("fixture/templates.log");
        Files.createDirectories(fixture.getParent());
        try (InputStream in = getClass().getResourceAsStream("fast-gallery-v1/templates.log.bin")) {
            Files.copy(in, fixture);
        }
        try (FastGallery old = FastGallery.open(fixture.getParent(), MatchPolicy.DEFAULT, OPTIONS)) {
            alice = old.record(FIXTURE_FIRST);
            bob = old.record(FIXTURE_THIRD);
        }
    }

    @Test
    void aSealedFastGalleryHoldsNoTemplateBytesInTheClearAndReopensFromSnapshotAndFromItsLog() throws IOException {
        Path sealed = directory.resolve("sealed");
        Path clear = directory.resolve("clear");
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        enrolAliceAndBob(sealed, a, b);
        try (FastGallery control = FastGallery.open(clear, MatchPolicy.DEFAULT, OPTIONS)) {
            control.insert(a, alice);
        }
        byte[] template = firstFinger(alice).toBytes();
        // the search itself is shown to work: the same person written in the clear is found in the file
        assertThat(containsAnyWindow(Files.readAllBytes(clear.resolve("templates.log")), template)).isTrue();
        for (Path file : List.of(sealed.resolve("templates.log"), sealed.resolve("index.snapshot"))) {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(containsAnyWindow(bytes, template)).as("%s holds template bytes in the clear", file).isFalse();
            assertThat(indexOf(bytes, uuidBytes(a))).as("%s holds a reference ID in the clear", file).isNegative();
        }

        assertSealedGalleryFinds(sealed, a, b);
        Files.delete(sealed.resolve("index.snapshot"));
        assertSealedGalleryFinds(sealed, a, b); // from the template file alone: every record replayed and re-encoded
    }

    @Test
    void aWrongKeyOrNoKeyIsRefusedAtOpenAndNothingIsRead() {
        Path sealed = directory.resolve("sealed");
        try (FastGallery gallery = FastGallery.open(sealed, MatchPolicy.DEFAULT, OPTIONS, key)) {
            gallery.insert(UUID.randomUUID(), alice);
        }
        assertThatThrownBy(() -> FastGallery.open(sealed, MatchPolicy.DEFAULT, OPTIONS, randomKey()))
                .isInstanceOf(AfisException.class).extracting(e -> ((AfisException) e).reason()).isEqualTo(Reason.WRONG_STORE_KEY);
        assertThatThrownBy(() -> FastGallery.open(sealed, MatchPolicy.DEFAULT, OPTIONS))
                .isInstanceOf(AfisException.class).extracting(e -> ((AfisException) e).reason()).isEqualTo(Reason.WRONG_STORE_KEY);

        Path store = directory.resolve("gallery.afis");
        try (PersistentGallery gallery = PersistentGallery.open(store, new BruteForceGallery(MatchPolicy.DEFAULT), true, key)) {
            gallery.insert(UUID.randomUUID(), alice);
        }
        assertThatThrownBy(() -> GalleryStore.open(store, true, randomKey()))
                .isInstanceOf(AfisException.class).extracting(e -> ((AfisException) e).reason()).isEqualTo(Reason.WRONG_STORE_KEY);
        try (FastGallery reopened = FastGallery.open(sealed, MatchPolicy.DEFAULT, OPTIONS, key)) {
            assertThat(reopened.count()).isEqualTo(1); // the refused opens changed nothing
        }
    }

    @Test
    void aRecordAlteredWithItsChecksumMadeGoodIsRefusedEvenWhenItIsTheLast() throws IOException {
        Path file = directory.resolve("log");
        long[] offsets = appendRecords(file, 3, 100);
        alterCiphertext(file, offsets[2], true);
        assertThatThrownBy(() -> replayAll(file)).isInstanceOf(AfisException.class)
                .extracting(e -> ((AfisException) e).reason()).isEqualTo(Reason.CORRUPT_STORE);
        assertThatThrownBy(() -> readAt(file, offsets[2])).isInstanceOf(AfisException.class).hasMessageContaining("authentication tag");
    }

    @Test
    void aFlippedByteInTheMiddleIsCorruptionAndInTheLastRecordATornTail() throws IOException {
        Path middle = directory.resolve("middle");
        long[] offsets = appendRecords(middle, 3, 100);
        alterCiphertext(middle, offsets[1], false);
        assertThatThrownBy(() -> replayAll(middle)).isInstanceOf(AfisException.class)
                .extracting(e -> ((AfisException) e).reason()).isEqualTo(Reason.CORRUPT_STORE);

        Path last = directory.resolve("last");
        long[] lastOffsets = appendRecords(last, 3, 100);
        alterCiphertext(last, lastOffsets[2], false);
        assertThat(replayAll(last)).hasSize(2); // as in the clear: a last record failing its checksum is a torn write
        assertThat(Files.size(last)).isEqualTo(lastOffsets[2]);
    }

    @Test
    void swappedRecordsAndARecordFromAnotherFileAreRefused() throws IOException {
        Path file = directory.resolve("swapped");
        long[] offsets = appendRecords(file, 3, 100);
        byte[] bytes = Files.readAllBytes(file);
        int length = (int) (offsets[1] - offsets[0]);
        byte[] first = Arrays.copyOfRange(bytes, (int) offsets[0], (int) offsets[1]);
        System.arraycopy(bytes, (int) offsets[1], bytes, (int) offsets[0], length);
        System.arraycopy(first, 0, bytes, (int) offsets[1], length);
        Files.write(file, bytes);
        assertThatThrownBy(() -> replayAll(file)).isInstanceOf(AfisException.class).hasMessageContaining("authentication tag");

        Path one = directory.resolve("one");
        Path other = directory.resolve("other");
        long[] oneOffsets = appendRecords(one, 2, 100);
        appendRecords(other, 2, 100);
        byte[] from = Files.readAllBytes(one);
        byte[] into = Files.readAllBytes(other);
        System.arraycopy(from, (int) oneOffsets[0], into, (int) oneOffsets[0], (int) (oneOffsets[1] - oneOffsets[0]));
        Files.write(other, into); // same key, same offset, same length: only the file's identity differs
        assertThatThrownBy(() -> replayAll(other)).isInstanceOf(AfisException.class).hasMessageContaining("authentication tag");
    }

    @Test
    void aTornLastRecordIsTruncatedAndTheLogTakesAppendsAgain() throws IOException {
        Path file = directory.resolve("torn");
        long[] offsets = appendRecords(file, 3, 100);
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(offsets[2] + 40);
        }
        assertThat(replayAll(file)).hasSize(2);
        try (RecordLog log = RecordLog.open(file, MAGIC, "test log", key)) {
            log.replay(log.firstRecord(), (offset, end, payload) -> { });
            log.append(payload(UUID.randomUUID(), 50));
        }
        assertThat(replayAll(file)).hasSize(3);
    }

    @Test
    void anAlteredOrForeignSnapshotIsNeverTakenForThisGallerysCodes() throws IOException {
        Path sealed = directory.resolve("sealed");
        Path foreign = directory.resolve("foreign");
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        enrolAliceAndBob(sealed, a, b);
        try (FastGallery other = FastGallery.open(foreign, MatchPolicy.DEFAULT, OPTIONS, key)) {
            other.insert(UUID.randomUUID(), bob);
        }
        Path snapshot = sealed.resolve("index.snapshot");
        byte[] good = Files.readAllBytes(snapshot);
        byte[] altered = good.clone();
        altered[altered.length - 20] ^= 0x01;
        Files.write(snapshot, altered);
        assertThatThrownBy(() -> FastGallery.open(sealed, MatchPolicy.DEFAULT, OPTIONS, key)).isInstanceOf(AfisException.class)
                .extracting(e -> ((AfisException) e).reason()).isEqualTo(Reason.CORRUPT_STORE);

        // the other gallery's snapshot (same key) is bound to its own template file: ignored, this log replayed
        Files.copy(foreign.resolve("index.snapshot"), snapshot, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertSealedGalleryFinds(sealed, a, b);
    }

    @Test
    void aSealedGalleryStoreReloadsAndCompactsUnderAFreshSalt() throws IOException {
        Path file = directory.resolve("gallery.afis");
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        try (PersistentGallery gallery = PersistentGallery.open(file, new BruteForceGallery(MatchPolicy.DEFAULT), true, key)) {
            gallery.insert(a, alice);
            gallery.insert(b, bob);
            gallery.delete(b);
            byte[] before = Arrays.copyOfRange(Files.readAllBytes(file), 16, 32);
            gallery.compact();
            assertThat(Arrays.copyOfRange(Files.readAllBytes(file), 16, 32)).isNotEqualTo(before);
        }
        assertThat(containsAnyWindow(Files.readAllBytes(file), firstFinger(alice).toBytes())).isFalse();
        try (PersistentGallery reopened = PersistentGallery.open(file, new BruteForceGallery(MatchPolicy.DEFAULT), true, key)) {
            assertThat(reopened.loadReport().inserts()).isEqualTo(1);
            assertThat(reopened.contains(b)).isFalse();
            assertThat(reopened.identify(alice, 5).candidates().get(0).referenceId()).isEqualTo(a);
        }
    }

    private void enrolAliceAndBob(Path folder, UUID a, UUID b) {
        try (FastGallery gallery = FastGallery.open(folder, MatchPolicy.DEFAULT, OPTIONS, key)) {
            gallery.insert(a, alice);
            gallery.insert(b, bob);
        }
    }

    private void assertSealedGalleryFinds(Path folder, UUID a, UUID b) {
        try (FastGallery gallery = FastGallery.open(folder, MatchPolicy.DEFAULT, OPTIONS, key)) {
            assertThat(gallery.count()).isEqualTo(2);
            assertThat(gallery.identify(alice, 5).decision()).isEqualTo(Decision.DUPLICATE);
            assertThat(gallery.identify(alice, 5).candidates().get(0).referenceId()).isEqualTo(a);
            assertThat(gallery.identify(bob, 5).candidates().get(0).referenceId()).isEqualTo(b);
            assertThat(firstFinger(gallery.record(a)).toBytes()).isEqualTo(firstFinger(alice).toBytes());
        }
    }

    private long[] appendRecords(Path file, int count, int size) {
        long[] offsets = new long[count];
        try (RecordLog log = RecordLog.open(file, MAGIC, "test log", key)) {
            for (int i = 0; i < count; i++) {
                offsets[i] = log.append(payload(UUID.randomUUID(), size));
            }
        }
        return offsets;
    }

    private List<byte[]> replayAll(Path file) {
        List<byte[]> payloads = new ArrayList<>();
        try (RecordLog log = RecordLog.open(file, MAGIC, "test log", key)) {
            log.replay(log.firstRecord(), (offset, end, payload) -> payloads.add(payload));
        }
        return payloads;
    }

    private byte[] readAt(Path file, long offset) {
        try (RecordLog log = RecordLog.open(file, MAGIC, "test log", key)) {
            return log.read(offset);
        }
    }

    /** Flips a ciphertext byte of the record at {@code offset}; with {@code fixChecksum} the frame's CRC is made to match again. */
    private static void alterCiphertext(Path file, long offset, boolean fixChecksum) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int length = buffer.getInt((int) offset);
        bytes[(int) offset + 8 + AtRestCipher.NONCE + 3] ^= 0x40;
        if (fixChecksum) {
            CRC32C crc = new CRC32C();
            crc.update(bytes, (int) offset + 8, length);
            buffer.putInt((int) offset + 4, (int) crc.getValue());
        }
        Files.write(file, bytes);
    }

    private static byte[] payload(UUID id, int size) {
        byte[] filler = new byte[size];
        Arrays.fill(filler, (byte) 0x5a);
        return ByteBuffer.allocate(17 + size).put(RecordLog.INSERT).put(uuidBytes(id)).put(filler).array();
    }

    private static byte[] uuidBytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    private static FingerTemplate firstFinger(TenPrint print) {
        return print.fingers().values().iterator().next();
    }

    /** Whether any of four 24-byte windows spread over {@code needle} occurs in {@code haystack}. */
    private static boolean containsAnyWindow(byte[] haystack, byte[] needle) {
        for (int quarter = 0; quarter < 4; quarter++) {
            int from = quarter * (needle.length - 24) / 3;
            if (indexOf(haystack, Arrays.copyOfRange(needle, from, from + 24)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Where {@code needle} starts in {@code haystack}, or -1 (Latin-1 maps each byte to one char). */
    private static int indexOf(byte[] haystack, byte[] needle) {
        return new String(haystack, java.nio.charset.StandardCharsets.ISO_8859_1)
                .indexOf(new String(needle, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private static AtRestKey randomKey() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return AtRestKey.of(secret);
    }
}
