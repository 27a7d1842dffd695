package id.ektp.afis.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.ExecutorConfig;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MapStoreConfig;
import com.hazelcast.config.NetworkConfig;
import id.ektp.afis.index.FastGallery;
import java.util.List;
import java.util.Objects;

/**
 * Where and how the gallery's members meet. Members talk only on a private network: Hazelcast binds to
 * the one given interface (never to all), joins only the listed members over TCP-IP (no multicast, no
 * cloud discovery), with the memcache endpoint off (REST is off by default in 5.x). The free edition has no TLS and no member
 * authentication beyond the cluster name, which is not a secret: the network carries the protection
 * (a private VLAN or WireGuard between the members, README "Security").
 *
 * @param clusterName    members with another name refuse to join (a guard against mistakes, not attackers)
 * @param bindInterface  the private interface's address (127.0.0.1 in tests, the WireGuard address in production)
 * @param port           the first port tried; the next ones are tried if it is taken
 * @param members        every member's address, e.g. {@code 10.8.0.1:5701}, or an address alone (every port of the range is tried)
 * @param partitionCount Hazelcast partitions, each one {@code FastGallery} on its owner: a few times the members,
 *                       so that a lost member's share spreads over the others
 * @param shortlist      the first stage's shortlist and screen depth per search, as a single {@code FastGallery}'s
 */
public record ClusterSettings(String clusterName, String bindInterface, int port, List<String> members, int partitionCount,
        int shortlist, int screened) {

    static final String PERSONS = "ektp-gallery-persons";
    static final String SEARCH = "ektp-gallery-search";
    static final String SHARDS = "ektp.gallery.shards";
    /** One backup: a person survives the loss of any one member; more would double the memory again. */
    static final int BACKUPS = 1;

    public ClusterSettings {
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(bindInterface, "bindInterface");
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a TCP-IP join needs the member list");
        }
        if (partitionCount < 1) {
            throw new IllegalArgumentException("partitionCount must be at least 1, was " + partitionCount);
        }
    }

    /**
     * The search depths of the single gallery's {@link FastGallery.Options#DEFAULT}: with other depths the
     * members would compare the list's tail otherwise than a single gallery does, and list other persons.
     */
    public ClusterSettings(String clusterName, String bindInterface, int port, List<String> members, int partitionCount) {
        this(clusterName, bindInterface, port, members, partitionCount, FastGallery.Options.DEFAULT.shortlist(),
                FastGallery.Options.DEFAULT.screened());
    }

    /** Settings for members on this machine's loopback (tests and the benchmark). */
    public static ClusterSettings loopback(String clusterName, int firstPort, int partitionCount) {
        // an address without a port: the join tries the port range (first port and the 19 after it)
        return new ClusterSettings(clusterName, "127.0.0.1", firstPort, List.of("127.0.0.1"), partitionCount);
    }

    Config config(boolean liteMember, SourceLoader loader) {
        Config config = new Config();
        config.setClusterName(clusterName);
        config.setLiteMember(liteMember);
        config.setProperty("hazelcast.partition.count", Integer.toString(partitionCount));
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");

        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(true).setPortCount(20);
        network.getInterfaces().setEnabled(true).addInterface(bindInterface);
        network.getMemcacheProtocolConfig().setEnabled(false);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(members);

        // Only the gallery's own types travel, as IdentifiedDataSerializable; Java deserialization
        // (exceptions, Hazelcast's own few) is limited to the JDK's and Hazelcast's classes.
        config.getSerializationConfig().addDataSerializableFactory(GalleryDataSerializers.FACTORY_ID, new GalleryDataSerializers());
        JavaSerializationFilterConfig filter = new JavaSerializationFilterConfig();
        filter.getWhitelist().addPrefixes("java.", "com.hazelcast.", "id.ektp.afis.");
        config.getSerializationConfig().setJavaSerializationFilterConfig(filter);

        MapConfig persons = new MapConfig(PERSONS).setBackupCount(BACKUPS).setAsyncBackupCount(0)
                .setInMemoryFormat(InMemoryFormat.BINARY).setReadBackupData(false);
        if (loader != null) {
            persons.setMapStoreConfig(new MapStoreConfig().setEnabled(true).setImplementation(loader)
                    .setInitialLoadMode(MapStoreConfig.InitialLoadMode.EAGER));
        }
        config.addMapConfig(persons);
        config.addExecutorConfig(new ExecutorConfig(SEARCH).setPoolSize(Math.max(2, Runtime.getRuntime().availableProcessors())));
        return config;
    }
}
