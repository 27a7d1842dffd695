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
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written by the engine before its two logs became one {@link RecordLog} (the fixtures were made
 * by that code: three synthetic persons of two fingers, the second deleted) open, search and take
 * appends as before. (The template log is kept as {@code templates.log.bin}: the repository ignores
 * {@code *.log}.) Since the gallery's files are sealed at rest, these files in the clear still open
 * without a key and are refused with one ({@link AfisException.Reason#STORE_NOT_SEALED}).
 */
class OldFilesStillReadTest {
    private static final UUID FIRST = new UUID(0x4b5450L, 0);
    private static final UUID DELETED = new UUID(0x4b5450L, 1);
    private static final UUID THIRD = new UUID(0x4b5450L, 2);

    @TempDir
    Path directory;

    @Test
    void aFastGalleryWrittenByTheOldTemplateFileOpensFromItsSnapshotAndFromItsLogAlone() throws IOException {
        Path gallery = copy("fast-gallery-v1/templates.log.bin", "fast/templates.log");
        copy("fast-gallery-v1/index.snapshot", "fast/index.snapshot");
        TenPrint first = assertFastGalleryReads(gallery.getParent());

        Files.delete(gallery.resolveSibling("index.snapshot"));
        TenPrint replayed = assertFastGalleryReads(gallery.getParent());
        first.fingers().forEach((position, template) ->
                assertThat(replayed.fingers().get(position).toBytes()).isEqualTo(template.toBytes()));
    }

    @Test
    void aGalleryStoreWrittenByTheOldCodeLoadsSearchesAndTakesAppends() throws IOException {
        Path file = copy("gallery-v1.afis", "gallery.afis");
        TenPrint probe = assertFastGalleryReads(copy("fast-gallery-v1/templates.log.bin", "fast/templates.log").getParent());

        try (PersistentGallery gallery = PersistentGallery.open(file, new BruteForceGallery(MatchPolicy.DEFAULT), true)) {
            assertThat(gallery.loadReport().tornBytes()).isZero();
            assertThat(gallery.loadReport().inserts()).isEqualTo(3);
            assertThat(gallery.loadReport().deletes()).isEqualTo(1);
            assertThat(gallery.count()).isEqualTo(2);
            assertThat(gallery.contains(DELETED)).isFalse();
            assertThat(gallery.identify(probe, 5).candidates().get(0).referenceId()).isEqualTo(FIRST);
            gallery.delete(THIRD);
        }
        try (PersistentGallery reopened = PersistentGallery.open(file, new BruteForceGallery(MatchPolicy.DEFAULT), true)) {
            assertThat(reopened.count()).isEqualTo(1);
            assertThat(reopened.contains(FIRST)).isTrue();
        }
    }

    /**
     * The promise's other half since the files are sealed at rest: old files opened with a key are refused
     * as being in the clear (the application then rebuilds its gallery sealed), never read as if sealed and
     * never changed by the attempt; opened without a key, as above, they still read.
     */
    @Test
    void oldFilesInTheClearOpenedWithAKeyAreRefusedAndLeftAsTheyWere() throws IOException {
        Path gallery = copy("fast-gallery-v1/templates.log.bin", "fast/templates.log");
        Path snapshot = copy("fast-gallery-v1/index.snapshot", "fast/index.snapshot");
        Path store = copy("gallery-v1.afis", "gallery.afis");
        byte[] templates = Files.readAllBytes(gallery);
        byte[] codes = Files.readAllBytes(snapshot);
        byte[] records = Files.readAllBytes(store);
        AtRestKey key = AtRestKey.of(new byte[32]);

        assertThatThrownBy(() -> FastGallery.open(gallery.getParent(), MatchPolicy.DEFAULT, new FastGallery.Options(200, 1), key))
                .isInstanceOf(AfisException.class).extracting(e -> ((AfisException) e).reason()).isEqualTo(Reason.STORE_NOT_SEALED);
        assertThatThrownBy(() -> PersistentGallery.open(store, new BruteForceGallery(MatchPolicy.DEFAULT), true, key))
                .isInstanceOf(AfisException.class).extracting(e -> ((AfisException) e).reason()).isEqualTo(Reason.STORE_NOT_SEALED);
        assertThat(Files.readAllBytes(gallery)).isEqualTo(templates);
        assertThat(Files.readAllBytes(snapshot)).isEqualTo(codes);
        assertThat(Files.readAllBytes(store)).isEqualTo(records);
        assertFastGalleryReads(gallery.getParent());
    }

    /** Opens the fast gallery, checks who is enrolled and that a person's stored fingers find that person. */
    private static TenPrint assertFastGalleryReads(Path directory) {
        try (FastGallery gallery = FastGallery.open(directory, MatchPolicy.DEFAULT, new FastGallery.Options(200, 1))) {
            assertThat(gallery.count()).isEqualTo(2);
            assertThat(gallery.contains(FIRST)).isTrue();
            assertThat(gallery.contains(DELETED)).isFalse();
            TenPrint first = gallery.record(FIRST);
            assertThat(first.fingers()).hasSize(2);
            assertThat(gallery.identify(first, 5).decision()).isEqualTo(Decision.DUPLICATE);
            assertThat(gallery.identify(first, 5).candidates().get(0).referenceId()).isEqualTo(FIRST);
            return first;
        }
    }

    private Path copy(String resource, String target) throws IOException {
        Path to = directory.resolve(target);
        Files.createDirectories(to.getParent());
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
        return to;
    }
}
