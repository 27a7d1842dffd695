package id.ektp.identification.uniqueness;

import id.ektp.afis.AfisException;
import id.ektp.afis.cluster.ClusterSettings;
import id.ektp.afis.cluster.ClusteredGallery;
import id.ektp.afis.cluster.TemplateLogSource;
import id.ektp.afis.gallery.Gallery;
import id.ektp.afis.gallery.Identification;
import id.ektp.afis.gallery.MatchPolicy;
import id.ektp.afis.gallery.SearchScope;
import id.ektp.afis.gallery.TenPrint;
import id.ektp.afis.gallery.Verification;
import id.ektp.afis.store.AtRestKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clustered gallery (issue 16, module afis-cluster) in place of the single-machine {@code FastGallery},
 * only when {@code ektp.gallery.cluster.members} names the gallery's members; without it nothing here is
 * created and no Hazelcast instance starts (the embedded default).
 *
 * <p>Central joins as a Hazelcast <b>lite member</b>, not as a client: {@link ClusteredGallery#open} is the
 * only caller afis-cluster has, and it is a lite member (it holds no partition and runs the merge of the
 * members' shortlists, it hears of lost partitions from the partition service, and it needs the map's
 * loader configured for {@code restoreFromSource}); a Hazelcast client would need a second caller written
 * against the client API. A lite member takes part in the cluster's membership, so central must sit on the
 * members' private network like they do (README, Security).
 *
 * <p>The source of truth the members load from is afis-cluster's {@link TemplateLogSource}, the engine's
 * append-only log, kept in central's gallery folder ({@value #SOURCE_LOG}) and <b>sealed at rest under
 * {@code gallery.key}</b> like the single gallery's files, so the cluster path puts no template in the clear
 * on disk (the members hold theirs in memory and in their own {@code FastGallery} files). PostgreSQL is not a
 * {@code PersonSource} yet. The members must read the same log (same key): on one machine, or on a shared disk.
 *
 * <p>There is no shared secret to configure: afis-cluster's {@link ClusterSettings} has none, because the free
 * edition of Hazelcast has no member authentication; the cluster name is checked on join but is not a secret.
 * What protects the members is the private network they bind to (WireGuard, README "Security").
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${ektp.gallery.cluster.members:}'.isBlank()")
class ClusteredGalleryOpener {

    /** The cluster's source of truth in the gallery folder, sealed under {@code gallery.key}. */
    static final String SOURCE_LOG = "cluster-source.log";

    private static final Logger log = LoggerFactory.getLogger(ClusteredGalleryOpener.class);

    @Bean
    GalleryOpener clusteredGallery(@Value("${ektp.gallery.cluster.members}") String members,
            @Value("${ektp.gallery.cluster.name:ektp-gallery}") String name,
            @Value("${ektp.gallery.cluster.interface:}") String bindInterface,
            @Value("${ektp.gallery.cluster.port:5701}") int port,
            @Value("${ektp.gallery.cluster.partitions:271}") int partitions) {
        if (bindInterface.isBlank()) {
            throw new IllegalStateException("ektp.gallery.cluster.interface must name the private interface's address"
                    + " (the WireGuard address; 127.0.0.1 only for members on this machine): Hazelcast never binds to all");
        }
        List<String> list = Arrays.stream(members.split(",")).map(String::trim).filter(m -> !m.isEmpty()).toList();
        ClusterSettings settings = new ClusterSettings(name.trim(), bindInterface.trim(), port, list, partitions);
        return (directory, key) -> open(settings, directory, key);
    }

    private static Gallery open(ClusterSettings settings, Path directory, AtRestKey key) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the gallery folder " + directory, e);
        }
        // WRONG_STORE_KEY, STORE_NOT_SEALED and CORRUPT_STORE as GalleryOpener promises: the keeper handles them
        TemplateLogSource source = TemplateLogSource.open(directory.resolve(SOURCE_LOG), true, key);
        try {
            log.info("Gallery: joining the gallery cluster {} ({}) as a lite member from {}; source of truth {} ({} persons)",
                    settings.clusterName(), String.join(",", settings.members()), settings.bindInterface(),
                    directory.resolve(SOURCE_LOG), source.count());
            ClusteredGallery cluster = ClusteredGallery.open(settings, source, MatchPolicy.DEFAULT);
            return new Sourced(cluster, source);
        } catch (AfisException e) {
            source.close();
            // Not an AfisException to the keeper: it would take an unreachable cluster for an unreadable
            // folder and move the source of truth aside. The start stops here instead.
            throw new IllegalStateException("the gallery cluster " + settings.clusterName() + " is not available: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }

    /** The clustered gallery and its source log, closed together. */
    private record Sourced(ClusteredGallery cluster, TemplateLogSource source) implements Gallery {

        @Override
        public void insert(UUID referenceId, TenPrint record) {
            cluster.insert(referenceId, record);
        }

        @Override
        public Identification identify(TenPrint probe, SearchScope scope, int maxCandidates) {
            return cluster.identify(probe, scope, maxCandidates);
        }

        @Override
        public Verification verify(UUID referenceId, TenPrint probe) {
            return cluster.verify(referenceId, probe);
        }

        @Override
        public boolean delete(UUID referenceId) {
            return cluster.delete(referenceId);
        }

        @Override
        public boolean contains(UUID referenceId) {
            return cluster.contains(referenceId);
        }

        @Override
        public int count() {
            return cluster.count();
        }

        @Override
        public MatchPolicy policy() {
            return cluster.policy();
        }

        @Override
        public void close() {
            try {
                cluster.close();
            } finally {
                source.close();
            }
        }
    }
}
