package id.ektp.identification.uniqueness;

import id.ektp.afis.AfisException;
import id.ektp.afis.cluster.ClusterSettings;
import id.ektp.afis.cluster.ClusteredGallery;
import id.ektp.afis.cluster.PersonSource;
import id.ektp.afis.cluster.PostgresPersonSource;
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
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
 * <p>The source of truth the members load from ({@code ektp.gallery.cluster.source}):
 * <ul>
 * <li>{@code postgres} (the default): afis-cluster's {@link PostgresPersonSource} on the application's own
 * {@link DataSource}, table {@code gallery_person} (migration V90), each row sealed under {@code gallery.key}.
 * The members are processes of their own ({@code GalleryMemberCommand}) on other machines, reaching the
 * database over the private network with a role that may only read that table.</li>
 * <li>{@code log}: afis-cluster's {@link TemplateLogSource}, the engine's append-only log in central's gallery
 * folder ({@value #SOURCE_LOG}), sealed under {@code gallery.key} like the single gallery's files. The members
 * must read the same file, so they run on central's machine or a shared disk: kept for members started in
 * central's own JVM (tests, one machine).</li>
 * </ul>
 * Either way no template is in the clear at rest (the members hold theirs in memory and in their own
 * {@code FastGallery} files).
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
            @Value("${ektp.gallery.cluster.partitions:271}") int partitions,
            @Value("${ektp.gallery.cluster.source:postgres}") String source,
            @Value("${ektp.gallery.cluster.member-wait:PT50S}") Duration memberWait,
            ObjectProvider<DataSource> dataSource) {
        if (bindInterface.isBlank()) {
            throw new IllegalStateException("ektp.gallery.cluster.interface must name the private interface's address"
                    + " (the WireGuard address; 127.0.0.1 only for members on this machine): Hazelcast never binds to all");
        }
        List<String> list = Arrays.stream(members.split(",")).map(String::trim).filter(m -> !m.isEmpty()).toList();
        ClusterSettings settings = new ClusterSettings(name.trim(), bindInterface.trim(), port, list, partitions);
        return switch (source.trim()) {
            case "postgres" -> (directory, key) -> open(settings, memberWait,
                    new Opened(new PostgresPersonSource(dataSource.getObject(), key), "table " + PostgresPersonSource.TABLE, () -> {
                    }));
            case "log" -> (directory, key) -> open(settings, memberWait, log(directory, key));
            default -> throw new IllegalStateException("ektp.gallery.cluster.source must be postgres or log, was " + source);
        };
    }

    /** The source and what closes it with the gallery. */
    private record Opened(PersonSource source, String where, Runnable close) {
    }

    private static Opened log(Path directory, AtRestKey key) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the gallery folder " + directory, e);
        }
        // WRONG_STORE_KEY, STORE_NOT_SEALED and CORRUPT_STORE as GalleryOpener promises: the keeper handles them
        TemplateLogSource source = TemplateLogSource.open(directory.resolve(SOURCE_LOG), true, key);
        return new Opened(source, directory.resolve(SOURCE_LOG).toString(), source::close);
    }

    private static Gallery open(ClusterSettings settings, Duration memberWait, Opened opened) {
        try {
            if (opened.source() instanceof PostgresPersonSource table) {
                table.checkKey();   // a row sealed under another gallery.key is told now, not at the first insert
            }
            log.info("Gallery: joining the gallery cluster {} ({}) as a lite member from {}; source of truth {} ({} persons)",
                    settings.clusterName(), String.join(",", settings.members()), settings.bindInterface(), opened.where(),
                    opened.source().count());
            ClusteredGallery cluster = ClusteredGallery.open(settings, opened.source(), MatchPolicy.DEFAULT, memberWait);
            return new Sourced(cluster, opened.close());
        } catch (AfisException e) {
            opened.close().run();
            // Not an AfisException to the keeper: it would take an unreachable cluster for an unreadable
            // folder and move the source of truth aside. The start stops here instead.
            throw new IllegalStateException("the gallery cluster " + settings.clusterName() + " is not available: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            opened.close().run();
            throw e;
        }
    }

    /** The clustered gallery and its source, closed together. */
    private record Sourced(ClusteredGallery cluster, Runnable closeSource) implements Gallery {

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
                closeSource.run();
            }
        }
    }
}
