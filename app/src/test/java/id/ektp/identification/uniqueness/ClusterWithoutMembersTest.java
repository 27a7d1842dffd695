package id.ektp.identification.uniqueness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.ektp.accounts.AccountsTestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Central configured for a gallery cluster none of whose members answers (issue 16): the gallery is refused
 * within about a minute (the default member wait), with a message naming the member addresses, and the
 * data-centre page says the gallery could not be opened, instead of a quarter of an hour of "checking".
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ClusterWithoutMembersTest extends AccountsTestSupport {

    private static final String CLUSTER = "ektp-no-members-test-" + UUID.randomUUID();

    @Autowired
    GalleryReconciliation reconciliation;

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory("ektp-no-members-");
        registry.add("ektp.central.dir", () -> folder.resolve("central").toString());
        registry.add("ektp.gallery.dir", () -> folder.resolve("gallery").toString());
        // nothing listens on 5789: the members are down, or the private network does not reach them
        registry.add("ektp.gallery.cluster.members", () -> "127.0.0.1:5789");
        registry.add("ektp.gallery.cluster.name", () -> CLUSTER);
        registry.add("ektp.gallery.cluster.interface", () -> "127.0.0.1");
        registry.add("ektp.gallery.cluster.port", () -> "5788");
    }

    @Test
    void withNoMemberReachableTheGalleryIsRefusedWithinAMinuteNamingTheMembers(CapturedOutput output) {
        await().atMost(Duration.ofSeconds(30)).until(() -> reconciliation.progress().startedAt() != null);
        Instant opening = reconciliation.progress().startedAt();
        await().atMost(Duration.ofSeconds(90)).until(() -> reconciliation.progress().state().equals("FAILED"));
        Duration took = Duration.between(opening, Instant.now());
        assertThat(took).as("refused within about a minute of opening").isLessThan(Duration.ofSeconds(65));
        assertThat(output.getAll()).contains("Uniqueness check not started")
                .contains("the gallery cluster " + CLUSTER + " is not available")
                .contains("no gallery member of cluster " + CLUSTER + " answered within 50 s at 127.0.0.1:5789");
    }
}
