package id.ektp.afis.index;

import static id.ektp.afis.index.FvcPersons.id;
import static id.ektp.afis.index.FvcPersons.tenPrint;
import static org.assertj.core.api.Assertions.assertThat;

import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.MatchPolicy;
import id.ektp.afis.synthetic.SyntheticPopulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart finds every acknowledged insert and delete, from the snapshot, the template log, or both. */
class FastGalleryPersistenceTest {

    private static final FastGallery.Options OPTIONS = new FastGallery.Options(20, 2);
    private final SyntheticPopulation population = new SyntheticPopulation(5);

    @TempDir
    Path directory;

    @Test
    void aReopenedGalleryAnswersAsBefore() {
        var before = new Object() {
            Object identification;
            Object verification;
        };
        try (FastGallery gallery = open()) {
            for (int p = 0; p < 5; p++) {
                gallery.insert(id(p), tenPrint(p, 1));
            }
            insertSynthetic(gallery, 0, 200);
            gallery.delete(id(2));
            before.identification = gallery.identify(tenPrint(3, 2), 5);
            before.verification = gallery.verify(id(4), tenPrint(4, 5));
        }
        try (FastGallery gallery = open()) {
            assertThat(gallery.count()).isEqualTo(5 + 200 - 1);
            assertThat(gallery.contains(id(2))).isFalse();
            assertThat(gallery.identify(tenPrint(3, 2), 5)).isEqualTo(before.identification);
            assertThat(gallery.verify(id(4), tenPrint(4, 5))).isEqualTo(before.verification);
            assertThat(gallery.record(id(1)).positions()).containsExactlyElementsOf(tenPrint(1, 1).positions());
        }
    }

    @Test
    void recordsAfterTheLastSnapshotAreReplayedFromTheTemplateLog() throws IOException {
        Path saved = directory.resolve("saved.snapshot");
        long[] expectedCodes;
        try (FastGallery gallery = open()) {
            insertSynthetic(gallery, 0, 100);
            gallery.checkpoint();
            Files.copy(directory.resolve(IndexSnapshot.FILE), saved);
            insertSynthetic(gallery, 100, 150);
            gallery.delete(new UUID(5, 7));
            gallery.insert(id(0), tenPrint(0, 1));
            expectedCodes = gallery.codes(new UUID(5, 120));
        }
        // as if the process died after the checkpoint: the snapshot is the old one
        Files.copy(saved, directory.resolve(IndexSnapshot.FILE), StandardCopyOption.REPLACE_EXISTING);
        try (FastGallery gallery = open()) {
            assertThat(gallery.count()).isEqualTo(150 - 1 + 1);
            assertThat(gallery.contains(new UUID(5, 7))).isFalse();
            assertThat(gallery.codes(new UUID(5, 120))).isEqualTo(expectedCodes);
            assertThat(gallery.identify(tenPrint(0, 3), 1).candidates().get(0).referenceId()).isEqualTo(id(0));
        }
    }

    @Test
    void aSnapshotOfAnotherCodeVersionIsReEncodedNotMisread() throws IOException {
        long[] expectedCodes;
        try (FastGallery gallery = open()) {
            insertSynthetic(gallery, 0, 40);
            expectedCodes = gallery.codes(new UUID(5, 17));
        }
        // as if written by the previous version: same layout, version byte "2", codes that mean something else
        Path snapshot = directory.resolve(IndexSnapshot.FILE);
        try (var channel = java.nio.channels.FileChannel.open(snapshot, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'2'}), 0);
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {-1, -1, -1, -1, -1, -1, -1, -1}), 24);
        }
        try (FastGallery gallery = open()) {
            assertThat(gallery.count()).isEqualTo(40);
            assertThat(gallery.codes(new UUID(5, 17))).isEqualTo(expectedCodes);
        }
    }

    @Test
    void aPersonMajorSnapshotOfVersion4IsReadAndRearranged() throws IOException {
        int persons = 40;
        long[][] expected = new long[persons][];
        try (FastGallery gallery = open()) {
            insertSynthetic(gallery, 0, persons);
            for (int p = 0; p < persons; p++) {
                expected[p] = gallery.codes(new UUID(5, p));
            }
        }
        // rewrite the snapshot as version 4 wrote it: every person's ten codes together; one bit of person 17's
        // left thumb flipped, so that the reopened codes show they came from this file and not from re-encoding
        expected[17][5 * FingerCode.WORDS + 3] ^= 1L << 9;
        Path snapshot = directory.resolve(IndexSnapshot.FILE);
        java.nio.ByteBuffer file = java.nio.ByteBuffer.wrap(Files.readAllBytes(snapshot)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        file.put(0, (byte) '4');
        for (int p = 0; p < persons; p++) {
            for (int w = 0; w < CodeTable.CODE_LONGS; w++) {
                file.putLong(24 + (p * CodeTable.CODE_LONGS + w) * 8, expected[p][w]);
            }
        }
        Files.write(snapshot, file.array());
        try (FastGallery gallery = open()) {
            assertThat(gallery.count()).isEqualTo(persons);
            for (int p = 0; p < persons; p++) {
                assertThat(gallery.codes(new UUID(5, p))).as("person %d", p).isEqualTo(expected[p]);
            }
        }
    }

    @Test
    void aTornLastRecordIsDroppedAndEverythingBeforeItKept() throws IOException {
        try (FastGallery gallery = open()) {
            insertSynthetic(gallery, 0, 30);
        }
        Files.delete(directory.resolve(IndexSnapshot.FILE));
        Path log = directory.resolve("templates.log");
        long size = Files.size(log);
        try (var channel = Files.newByteChannel(log, StandardOpenOption.WRITE)) {
            channel.truncate(size - 100);
        }
        try (FastGallery gallery = open()) {
            assertThat(gallery.count()).isEqualTo(29);
            assertThat(gallery.contains(new UUID(5, 28))).isTrue();
            assertThat(gallery.contains(new UUID(5, 29))).isFalse();
            insertSynthetic(gallery, 29, 30);
        }
        try (FastGallery gallery = open()) {
            assertThat(gallery.count()).isEqualTo(30);
        }
    }

    private FastGallery open() {
        return FastGallery.open(directory, MatchPolicy.DEFAULT, OPTIONS);
    }

    private void insertSynthetic(FastGallery gallery, int from, int to) {
        for (int p = from; p < to; p++) {
            Map<FingerPosition, byte[]> records = population.enrolmentRecords(p);
            gallery.insertIso(new UUID(5, p), records);
        }
    }

}
