package id.ektp.platform.database;

import java.nio.file.Path;
import java.util.Map;

/** A stand-in platform for {@link OrphanServerRestartTest}: claims a data folder, starts its server and waits to be killed. */
public final class HoldDataFolder {

    private HoldDataFolder() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(Path.of(args[0]), Integer.parseInt(args[1]), true,
                OrphanServerRestartTest.binaries(), Map.of());
        System.out.println("READY " + pg.pid() + " " + pg.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
