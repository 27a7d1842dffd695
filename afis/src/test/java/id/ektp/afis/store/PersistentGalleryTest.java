package id.ektp.afis.store;

import static id.ektp.afis.AfisAssertions.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import id.ektp.afis.AfisException.Reason;
import id.ektp.afis.Fvc2002;
import id.ektp.afis.Fvc2002.Set;
import id.ektp.afis.gallery.BruteForceGallery;
import id.ektp.afis.gallery.Candidate;
import id.ektp.afis.gallery.Decision;
import id.ektp.afis.gallery.FingerPosition;
import id.ektp.afis.gallery.Identification;
import id.ektp.afis.gallery.TenPrint;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistentGalleryTest {

    @TempDir
    Path dir;

    /** Person i: fingers 101+i of DB1_B (right thumb) and DB2_B (right index), impression given. */
    private static TenPrint person(int i, int impression) {
        return TenPrint.builder()
                .finger(FingerPosition.RIGHT_THUMB, Fvc2002.template(Set.DB1_B, 101 + i, impression))
                .finger(FingerPosition.RIGHT_INDEX, Fvc2002.template(Set.DB2_B, 101 + i, impression))
                .build();
    }

    private static UUID id(int i) {
        return UUID.nameUUIDFromBytes(("persisted-" + i).getBytes());
    }

    private Path file() {
        return dir.resolve("gallery.afis");
    }

    private PersistentGallery open() {
        return PersistentGallery.open(file(), new BruteForceGallery(), true);
    }

    /** Five persons in, person 2 deleted, person 2's ID enrolled again with person 7's fingers. */
    private Identification writeAndSearch() {
        try (PersistentGallery gallery = open()) {
            for (int i = 0; i < 5; i++) {
                gallery.insert(id(i), person(i, 1));
            }
            gallery.delete(id(2));
            gallery.insert(id(2), person(7, 1));
            return gallery.identify(person(3, 2), 6);
        }
    }

    @Test
    void aReloadedGalleryHoldsTheSamePersonsAndScoresTheSame() {
        Identification before = writeAndSearch();

        try (PersistentGallery reloaded = open()) {
            assertThat(reloaded.count()).isEqualTo(5);
            assertThat(reloaded.loadReport()).isEqualTo(new LoadReport(5, 6, 1, 0, reloaded.loadReport().millis()));
            Identification after = reloaded.identify(person(3, 2), 6);
            assertThat(after.candidates()).isEqualTo(before.candidates());
            assertThat(after.candidates().get(0).referenceId()).isEqualTo(id(3));
            assertThat(after.decision()).isEqualTo(Decision.DUPLICATE);
            assertThat(reloaded.verify(id(2), person(7, 2)).match()).as("re-enrolled ID holds the new fingers").isTrue();
        }
    }

    @Test
    void aDeletionSurvivesARestart() {
        try (PersistentGallery gallery = open()) {
            gallery.insert(id(0), person(0, 1));
            gallery.insert(id(1), person(1, 1));
            assertThat(gallery.delete(id(0))).isTrue();
        }
        try (PersistentGallery reloaded = open()) {
            assertThat(reloaded.contains(id(0))).isFalse();
            assertThat(reloaded.identify(person(0, 2), 5).candidates()).extracting(Candidate::referenceId).containsExactly(id(1));
        }
    }

    @Test
    void aTornLastRecordIsDroppedAndTheFileStaysUsable() throws IOException {
        writeAndSearch();
        long size = Files.size(file());
        try (RandomAccessFile raf = new RandomAccessFile(file().toFile(), "rw")) {
            raf.setLength(size - 1000); // cuts into the last insert (two templates of a few KB)
        }

        try (PersistentGallery reloaded = open()) {
            assertThat(reloaded.count()).isEqualTo(4);
            assertThat(reloaded.contains(id(2))).as("the re-insert was the torn record").isFalse();
            assertThat(reloaded.loadReport().tornBytes()).isPositive();
            reloaded.insert(id(9), person(9, 1));
        }
        try (PersistentGallery again = open()) {
            assertThat(again.count()).isEqualTo(5);
            assertThat(again.loadReport().tornBytes()).isZero();
            assertThat(again.identify(person(9, 2), 1).candidates().get(0).referenceId()).isEqualTo(id(9));
        }
    }

    @Test
    void aTornRecordHeaderIsDropped() throws IOException {
        writeAndSearch();
        Files.write(file(), new byte[] {0, 0, 1}, StandardOpenOption.APPEND);

        try (PersistentGallery reloaded = open()) {
            assertThat(reloaded.count()).isEqualTo(5);
            assertThat(reloaded.loadReport().tornBytes()).isEqualTo(3);
        }
    }

    @Test
    void aZeroFilledTailIsDropped() throws IOException {
        writeAndSearch();
        Files.write(file(), new byte[4096], StandardOpenOption.APPEND);

        try (PersistentGallery reloaded = open()) {
            assertThat(reloaded.count()).isEqualTo(5);
            assertThat(reloaded.loadReport().tornBytes()).isEqualTo(4096);
        }
    }

    @Test
    void aLastRecordWithABadChecksumIsDropped() throws IOException {
        writeAndSearch();
        flipByteAt(Files.size(file()) - 10);

        try (PersistentGallery reloaded = open()) {
            assertThat(reloaded.count()).isEqualTo(4);
            assertThat(reloaded.loadReport().tornBytes()).isPositive();
        }
    }

    @Test
    void aDamagedRecordInTheMiddleIsCorruptionNotATornTail() throws IOException {
        writeAndSearch();
        flipByteAt(GalleryStore.MAGIC.length + 100); // inside the first record

        assertFailsWith(this::open, Reason.CORRUPT_STORE);
    }

    @Test
    void aFileThatIsNoGalleryIsRejected() throws IOException {
        Files.writeString(file(), "name,nik\nsomeone,3171010101900001\n");

        assertFailsWith(this::open, Reason.CORRUPT_STORE);
    }

    @Test
    void aRefusedInsertWritesNothing() throws IOException {
        try (PersistentGallery gallery = open()) {
            gallery.insert(id(0), person(0, 1));
            long size = Files.size(file());

            assertFailsWith(() -> gallery.insert(id(0), person(1, 1)), Reason.DUPLICATE_REFERENCE_ID);
            assertThat(gallery.delete(id(5))).isFalse();
            assertThat(Files.size(file())).isEqualTo(size);
        }
    }

    @Test
    void compactionDropsDeletedPersonsAndKeepsTheRest() throws IOException {
        Identification before = writeAndSearch();
        long[] sizes;
        try (PersistentGallery gallery = open()) {
            gallery.delete(id(4));
            sizes = gallery.compact();
            gallery.insert(id(8), person(8, 1)); // the compacted file takes appends
        }

        assertThat(sizes[1]).isLessThan(sizes[0]);
        assertThat(Files.exists(dir.resolve("gallery.afis.compacting"))).isFalse();
        try (PersistentGallery reloaded = open()) {
            assertThat(reloaded.loadReport()).isEqualTo(new LoadReport(5, 5, 0, 0, reloaded.loadReport().millis()));
            assertThat(reloaded.contains(id(4))).isFalse();
            assertThat(reloaded.contains(id(8))).isTrue();
            assertThat(reloaded.verify(id(2), person(7, 2)).match()).isTrue();
            assertThat(reloaded.identify(person(3, 2), 1).candidates().get(0))
                    .isEqualTo(before.candidates().get(0));
        }
    }

    private void flipByteAt(long position) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file().toFile(), "rw")) {
            raf.seek(position);
            int b = raf.read();
            raf.seek(position);
            raf.write(b ^ 0x5a);
        }
    }
}
