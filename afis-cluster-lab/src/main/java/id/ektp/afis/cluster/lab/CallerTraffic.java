package id.ektp.afis.cluster.lab;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.instance.EndpointQualifier;
import com.hazelcast.instance.impl.HazelcastInstanceProxy;
import com.hazelcast.internal.server.ServerConnection;
import com.hazelcast.internal.server.tcp.TcpServerConnection;

/**
 * The bytes the caller (the gallery's lite member in this JVM) has sent to and received from the members
 * so far, as Hazelcast's own connections count them: the packets with their headers, and the cluster's own
 * traffic between them (heartbeats, partition table). Read through Hazelcast's internal API, which is why
 * it is here, in the benchmark, and not in the shipped gallery.
 */
final class CallerTraffic {

    private CallerTraffic() {
    }

    static long bytes() {
        HazelcastInstance caller = Hazelcast.getAllHazelcastInstances().stream()
                .filter(instance -> instance.getCluster().getLocalMember().isLiteMember())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no gallery caller (lite member) runs in this JVM"));
        long bytes = 0;
        for (ServerConnection connection : ((HazelcastInstanceProxy) caller).getOriginal().node.getServer()
                .getConnectionManager(EndpointQualifier.MEMBER).getConnections()) {
            if (connection instanceof TcpServerConnection tcp) {
                bytes += tcp.getChannel().bytesRead() + tcp.getChannel().bytesWritten();
            }
        }
        return bytes;
    }
}
