package id.ektp.identification.uniqueness;

import id.ektp.afis.AfisException;
import id.ektp.afis.gallery.Gallery;
import id.ektp.afis.gallery.Identification;
import id.ektp.afis.gallery.MatchPolicy;
import id.ektp.afis.gallery.SearchScope;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.store.AtRestKey;
import id.ektp.identification.intake.GalleryKeyFile;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The gallery folder and the one rule that makes search-then-insert safe when several records are worked at
 * once: a search runs without a lock, then, under the insert lock, the record is compared again with everyone
 * inserted since its search began, and only then inserted. Two packets of one person processed at the same
 * moment thus meet: whichever inserts second has the first in its re-check.
 */
@Component
class GalleryKeeper {

    private static final Logger log = LoggerFactory.getLogger(GalleryKeeper.class);

    private final GalleryOpener opener;
    private final ObjectProvider<GalleryKeyFile> keyFile;
    private final Path directory;
    private final ReentrantLock insertLock = new ReentrantLock();
    private final AtomicLong insertSeq = new AtomicLong();
    /** Reference IDs by insert sequence, kept while a search that began before them may still re-check. */
    private final ConcurrentSkipListMap<Long, UUID> inserted = new ConcurrentSkipListMap<>();
    private final ConcurrentHashMap<Object, Long> searchesRunning = new ConcurrentHashMap<>();
    private volatile Gallery gallery;
    /** A folder found with its templates in the clear, moved aside until the sealed rebuild has everyone. */
    private volatile Path clearFolderAside;

    GalleryKeeper(GalleryOpener opener, ObjectProvider<GalleryKeyFile> keyFile, PipelineSettings settings) {
        this.opener = opener;
        this.keyFile = keyFile;
        this.directory = settings.galleryDir();
    }

    /**
     * Opens the folder; a folder that cannot be read is moved aside (kept for inspection, never deleted) and
     * an empty gallery started, which the reconciliation then rebuilds from the stored packets. A folder
     * written before the gallery was sealed at rest (templates in the clear) takes the same path, never read
     * as if sealed; its aside copy is deleted once the rebuild holds everyone ({@link #discardClearFolder}).
     * A folder sealed under another key is not touched: that is central's folder pointed at the wrong place
     * (the packet key would be wrong too, and a rebuild could read no packet), so the start stops there.
     *
     * @return false when the folder was unreadable and the gallery starts empty
     * @throws IllegalStateException when the folder was sealed under another key than {@code gallery.key}
     */
    synchronized boolean open() {
        if (gallery != null) {
            return true;
        }
        try {
            gallery = opener.open(directory, key());
            log.info("Gallery {}: {} persons, sealed at rest", directory, gallery.count());
            return true;
        } catch (AfisException e) {
            if (e.reason() == AfisException.Reason.WRONG_STORE_KEY) {
                throw new IllegalStateException("Gallery " + directory + " was sealed under another key than central's gallery.key;"
                        + " restore the key that sealed it, or move the folder away to rebuild it from the packets", e);
            }
            Path aside = moveAside(e.getMessage());
            if (e.reason() == AfisException.Reason.STORE_NOT_SEALED) {
                clearFolderAside = aside;
                log.warn("Gallery {} holds templates in the clear (written before the gallery was sealed at rest); moved to {}"
                        + " and rebuilt sealed from the stored packets; the clear copy is deleted once the rebuild has everyone",
                        directory, aside);
            } else {
                log.error("Gallery {} cannot be read ({}); moved to {} and rebuilt from the stored packets", directory, e.getMessage(), aside);
            }
            gallery = opener.open(directory, key());
            return false;
        }
    }

    /**
     * The rebuild after a folder in the clear holds everyone: the clear copy goes, since keeping it would keep
     * the templates readable on disk (a folder set aside for damage stays for inspection).
     */
    synchronized void discardClearFolder() {
        Path aside = clearFolderAside;
        if (aside == null) {
            return;
        }
        try (var files = Files.walk(aside)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
            clearFolderAside = null;
            log.info("Gallery: the copy in the clear {} deleted; the sealed gallery holds everyone", aside);
        } catch (IOException e) {
            log.error("Gallery: the copy in the clear {} could not be deleted ({}); delete it by hand", aside, e.toString());
        }
    }

    private AtRestKey key() {
        return keyFile.getObject().key();
    }

    /** Starts an empty gallery in place of the current one (kept aside): the rebuild when entries cannot be trusted. */
    synchronized void startAfresh(String why) {
        if (gallery != null) {
            gallery.close();
            gallery = null;
        }
        Path aside = moveAside(why);
        log.warn("Gallery {} set aside as {} ({}); rebuilding from the stored packets", directory, aside, why);
        gallery = opener.open(directory, key());
    }

    private Path moveAside(String why) {
        Path aside = directory.resolveSibling(directory.getFileName() + ".aside-" + Instant.now().toEpochMilli());
        try {
            if (Files.exists(directory)) {
                Files.move(directory, aside);
            }
            return aside;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the gallery " + directory + " aside (" + why + ")", e);
        }
    }

    Path directory() {
        return directory;
    }

    /** The result of a search and the moment it began, for the re-check. */
    record Search(Identification identification, long startedAfter, Object token) {
    }

    Search search(TenPrint probe, int maxCandidates) {
        Object token = new Object();
        long startedAfter = insertSeq.get();
        searchesRunning.put(token, startedAfter);
        return new Search(gallery().identify(probe, maxCandidates), startedAfter, token);
    }

    /** Everyone inserted since {@code search} began. Call under {@link #underInsertLock}. */
    List<UUID> insertedSince(Search search) {
        return new ArrayList<>(inserted.tailMap(search.startedAfter(), false).values());
    }

    /** The search is over: the re-check's window may close. */
    void searchEnded(Search search) {
        searchesRunning.remove(search.token());
        long oldest = searchesRunning.values().stream().mapToLong(Long::longValue).min().orElse(insertSeq.get());
        inserted.headMap(oldest, true).clear();
    }

    Identification compare(TenPrint probe, Collection<UUID> referenceIds, int maxCandidates) {
        return gallery().identify(probe, SearchScope.of(referenceIds), maxCandidates);
    }

    <T> T underInsertLock(Supplier<T> work) {
        insertLock.lock();
        try {
            return work.get();
        } finally {
            insertLock.unlock();
        }
    }

    /** Enrols a person; idempotent (a person already enrolled stays as they are). */
    void insert(UUID referenceId, TenPrint print) {
        insertLock.lock();
        try {
            Gallery g = gallery();
            if (g.contains(referenceId)) {
                return;
            }
            g.insert(referenceId, print);
            inserted.put(insertSeq.incrementAndGet(), referenceId);
        } finally {
            insertLock.unlock();
        }
    }

    boolean delete(UUID referenceId) {
        insertLock.lock();
        try {
            return gallery().delete(referenceId);
        } finally {
            insertLock.unlock();
        }
    }

    boolean contains(UUID referenceId) {
        return gallery().contains(referenceId);
    }

    int count() {
        Gallery g = gallery;
        return g == null ? 0 : g.count();
    }

    MatchPolicy policy() {
        return gallery().policy();
    }

    private Gallery gallery() {
        Gallery g = gallery;
        if (g == null) {
            throw new IllegalStateException("the gallery is not open yet");
        }
        return g;
    }

    @PreDestroy
    synchronized void close() {
        if (gallery != null) {
            gallery.close();
            gallery = null;
        }
    }
}
