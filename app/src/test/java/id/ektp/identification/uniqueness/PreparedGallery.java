package id.ektp.identification.uniqueness;

import id.ektp.afis.gallery.MatchPolicy;
import id.ektp.afis.index.FastGallery;
import id.ektp.afis.store.AtRestKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The backlog benchmark's gallery folder, built once from a set's gallery persons with the engine's bulk path
 * (ISO records imported on all cores) and reused by every later run of the same set: at 100,000 persons the
 * build is most of a run's set-up, the drain does not change it (each run works on a copy). Sealed at rest under
 * central's gallery key as the platform's own gallery is, so that the platform opens the copy as it is.
 */
final class PreparedGallery {

    private static final String MANIFEST = "backlog-prepared.txt";
    /** In the manifest: a folder built before galleries were sealed holds templates in the clear and is built again. */
    private static final String SEALED = "sealed under central's gallery.key\n";
    private static final int CHUNK = 2_000;

    private final Path folder;

    private PreparedGallery(Path folder) {
        this.folder = folder;
    }

    /** Gallery person {@code i}'s reference ID, the same in every run of the set. */
    static UUID referenceId(int person) {
        return new UUID(0x4241434b4c4f47L, person);
    }

    /**
     * The prepared gallery of {@code set} in {@code folder}: reused when an earlier run built it from the same
     * set under the same key (the set's gallery persons are then skipped), built otherwise, sealed under {@code key}.
     * Leaves the set at its backlog records. A folder sealed under another key is found by the platform's
     * reconciliation, which refuses it.
     */
    static PreparedGallery of(Path folder, BacklogSet set, AtRestKey key) throws IOException {
        Path manifest = folder.resolve(MANIFEST);
        String identity = set.identity() + SEALED;
        if (Files.isRegularFile(manifest) && Files.readString(manifest).equals(identity)) {
            System.out.printf("Gallery: reusing %s (%s)%n", folder, identity.strip());
            set.skipGallery();
            return new PreparedGallery(folder);
        }
        deleteTree(folder);
        build(folder.resolve("gallery"), set, key);
        Files.writeString(manifest, identity);
        return new PreparedGallery(folder);
    }

    private static void build(Path gallery, BacklogSet set, AtRestKey key) throws IOException {
        int total = set.galleryPersons();
        long started = System.nanoTime();
        try (FastGallery fast = FastGallery.open(gallery, MatchPolicy.DEFAULT, FastGallery.Options.DEFAULT, key)) {
            for (int from = 0; from < total; from += CHUNK) {
                int to = Math.min(total, from + CHUNK);
                List<BacklogSet.Person> persons = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    persons.add(set.nextPerson());
                }
                int first = from;
                // the import into SourceAFIS's prepared form runs outside the engine's writer lock, so on all cores
                java.util.stream.IntStream.range(0, persons.size()).parallel()
                        .forEach(i -> fast.insertIso(referenceId(first + i), persons.get(i).iso()));
                if (to % 10_000 == 0 || to == total) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    System.out.printf("  gallery built %,d / %,d in %.0f s (%.0f persons/s, %.0f s to go)%n", to, total, seconds, to / seconds,
                            (total - to) / (to / seconds));
                }
            }
        }
        System.out.printf("Gallery: %,d persons built in %.0f s%n", total, (System.nanoTime() - started) / 1e9);
    }

    /** A fresh copy of the gallery folder at {@code target}, for one run to drain into. */
    void copyTo(Path target) throws IOException {
        deleteTree(target);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(folder.resolve("gallery"))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
