package id.ektp.identification.uniqueness;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import id.ektp.accounts.AccountsTestSupport;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The embedded default keeps today's single-machine gallery: with {@code ektp.gallery.cluster.members} unset
 * the pipeline opens {@code FastGallery} and no Hazelcast instance exists, though Hazelcast is on the class path
 * (for the clustered gallery, {@link ClusteredGalleryPipelineTest}). Shares the other tests' default context.
 */
class SingleNodeGalleryTest extends AccountsTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    GalleryKeeper gallery;

    @Test
    void theDefaultContextOpensFastGalleryAndStartsNoHazelcast() {
        assertThat(Hazelcast.getAllHazelcastInstances()).isEmpty();
        assertThat(context.getBeansOfType(HazelcastInstance.class)).isEmpty();
        assertThat(context.getBeansOfType(GalleryOpener.class).keySet()).containsExactly("fastGallery");
        assertThat(context.getBeansOfType(ClusteredGalleryOpener.class)).isEmpty();
        gallery.open();
        assertThat(Files.exists(gallery.directory().resolve(ClusteredGalleryOpener.SOURCE_LOG))).isFalse();
        assertThat(Hazelcast.getAllHazelcastInstances()).isEmpty();
    }
}
