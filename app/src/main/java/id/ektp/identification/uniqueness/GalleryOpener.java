package id.ektp.identification.uniqueness;

import id.ektp.afis.gallery.Gallery;
import java.nio.file.Path;

/**
 * How the pipeline gets its gallery: the single-machine {@code FastGallery} by default; a clustered gallery
 * (issue 16) is another bean of this type, and nothing else in the pipeline changes.
 */
interface GalleryOpener {

    /**
     * The gallery kept in {@code directory}, created empty if absent.
     *
     * @throws id.ektp.afis.AfisException {@code CORRUPT_STORE} if what the folder holds cannot be read
     */
    Gallery open(Path directory);
}
