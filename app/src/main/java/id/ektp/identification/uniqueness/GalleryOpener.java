package id.ektp.identification.uniqueness;

import id.ektp.afis.gallery.Gallery;
import id.ektp.afis.store.AtRestKey;
import java.nio.file.Path;

/**
 * How the pipeline gets its gallery: the single-machine {@code FastGallery} by default; a clustered gallery
 * (issue 16) is another bean of this type, and nothing else in the pipeline changes.
 */
interface GalleryOpener {

    /**
     * The gallery kept in {@code directory}, created empty if absent, its files sealed at rest under {@code key}
     * (central's {@code gallery.key}).
     *
     * @throws id.ektp.afis.AfisException {@code CORRUPT_STORE} if what the folder holds cannot be read,
     *                                    {@code STORE_NOT_SEALED} if it holds templates in the clear,
     *                                    {@code WRONG_STORE_KEY} if it was sealed under another key
     */
    Gallery open(Path directory, AtRestKey key);
}
