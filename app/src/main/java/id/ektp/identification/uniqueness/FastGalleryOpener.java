package id.ektp.identification.uniqueness;

import id.ektp.afis.gallery.Gallery;
import id.ektp.afis.gallery.MatchPolicy;
import id.ektp.afis.index.FastGallery;
import id.ektp.afis.store.AtRestKey;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default gallery: the engine's fast 1:N index on this machine, with the engine's own thresholds, sealed at
 * rest. Not when {@code ektp.gallery.cluster.members} is set ({@link ClusteredGalleryOpener}): the condition is
 * stated here too, since which of two plain configurations registers first is not an order to rely on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${ektp.gallery.cluster.members:}'.isBlank()")
class FastGalleryOpener {

    @Bean
    @ConditionalOnMissingBean(GalleryOpener.class)
    GalleryOpener fastGallery() {
        return (directory, key) -> openFast(directory, key);
    }

    private static Gallery openFast(Path directory, AtRestKey key) {
        return FastGallery.open(directory, MatchPolicy.DEFAULT, FastGallery.Options.DEFAULT, key);
    }
}
