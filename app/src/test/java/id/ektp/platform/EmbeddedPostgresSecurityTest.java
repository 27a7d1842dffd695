package id.ektp.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ektp.platform.database.EmbeddedPostgresServer;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The tests' throw-away cluster is the same server the platform runs on real data: durable like production
 * and reachable only with the superuser's password, on 127.0.0.1 or through a socket in a private folder.
 */
@SpringBootTest
@ActiveProfiles("test")
class EmbeddedPostgresSecurityTest {

    /** PostgreSQL's AuthenticationSASL: the server asks for a scram-sha-256 password (trust would answer 0, AuthenticationOk). */
    static final int AUTHENTICATION_SASL = 10;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedPostgresServer server;

    @Test
    void everyCommitIsFlushedToDiskBeforeItIsAcknowledged() {
        assertThat(setting("fsync")).isEqualTo("on");
        assertThat(setting("synchronous_commit")).isEqualTo("on");
        assertThat(setting("full_page_writes")).isEqualTo("on");
    }

    @Test
    void aConnectionWithoutThePasswordIsRefused() {
        String url = server.jdbcUrl("ektp");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", null).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
    }

    @Test
    void itListensOnLoopbackOnlyAndItsSocketAsksForThePasswordToo() throws IOException {
        assertThat(setting("listen_addresses")).isEqualTo("127.0.0.1");
        assertThat(setting("password_encryption")).isEqualTo("scram-sha-256");
        assertThat(authenticationRequestOnSocket()).isEqualTo(AUTHENTICATION_SASL);
    }

    @Test
    void theSocketFolderAndThePasswordFileAreTheOwnersAlone() throws IOException {
        assertThat(server.socketFolder().toString()).doesNotStartWith("/tmp/.s.PGSQL");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.socketFolder()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.passwordFile()))).isEqualTo("rw-------");
        assertThat(setting("unix_socket_directories")).isEqualTo(server.socketFolder().toString());
    }

    private String setting(String name) {
        return jdbc.sql("SHOW " + name).query(String.class).single();
    }

    /** Speaks the protocol's start-up message over the Unix socket and returns the server's authentication request. */
    private int authenticationRequestOnSocket() throws IOException {
        var socket = UnixDomainSocketAddress.of(server.socketFolder().resolve(".s.PGSQL." + server.port()));
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(socket);
            byte[] params = "user\0postgres\0database\0postgres\0\0".getBytes(StandardCharsets.US_ASCII);
            ByteBuffer startup = ByteBuffer.allocate(8 + params.length).putInt(8 + params.length).putInt(196608).put(params);
            channel.write(startup.flip());
            DataInputStream in = new DataInputStream(Channels.newInputStream(channel));
            assertThat((char) in.readByte()).as("an authentication request, not an error").isEqualTo('R');
            in.readInt();
            return in.readInt();
        }
    }
}
