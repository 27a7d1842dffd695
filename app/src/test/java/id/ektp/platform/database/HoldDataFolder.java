package id.ektp.platform.database;

import java.nio.file.Path;
import java.util.Map;

/**
 * A stand-in platform for {@link OrphanServerRestartTest}: claims a data folder, starts its server and
 * holds them until it is killed, or until the test's end of its standard input closes (so a test JVM that
 * dies does not leave it behind).
 */
public final class HoldDataFolder {

    private HoldDataFolder() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(Path.of(args[0]), Integer.parseInt(args[1]), true,
                OrphanServerRestartTest.binaries(), Map.of());
        System.out.println("READY " + pg.pid() + " " + pg.port());
        System.out.flush();
        while (System.in.read() >= 0) {
            // Nothing is sent: reading only blocks until the test kills this process or goes away.
        }
    }
}
