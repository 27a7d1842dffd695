package id.ektp.identification.intake;

import id.ektp.afis.store.AtRestKey;
import org.springframework.stereotype.Component;

/**
 * The key that seals the gallery folder's files at rest (the engine's template file and index snapshot):
 * {@code gallery.key} in central's folder, beside the packet key and kept like it (256 random bits made on
 * first start, owner-only, refused when others may read it), never in the gallery folder or the database,
 * so that a copy of the folder alone holds no readable template. The uniqueness check opens the gallery
 * with it.
 */
@Component
@OnCentral
public class GalleryKeyFile {

    private final AtRestKey key;

    GalleryKeyFile(CentralFiles files) {
        this.key = AtRestKey.of(KeyFile.secret256(files.galleryKey()));
    }

    public AtRestKey key() {
        return key;
    }
}
