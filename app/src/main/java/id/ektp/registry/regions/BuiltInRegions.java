package id.ektp.registry.regions;


import id.ektp.accounts.SystemActor;
import id.ektp.platform.startup.StartupSeed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The small region set shipped with the application: Jawa Barat, Kota Bandung (kecamatan Sukasari,
 * Coblong, Babakan Ciparay, Andir) and Kota Bogor (Bogor Selatan), with some of their kelurahan, under
 * their official codes and names. A fresh installation starts with it (so officers can be placed and
 * residents entered at once; {@code ektp.regions.seed-built-in=false} turns that off); the full
 * official list is imported over it without conflict.
 */
@Component
@Order(1)
public class BuiltInRegions implements StartupSeed {

    private static final Logger log = LoggerFactory.getLogger(BuiltInRegions.class);
    static final String RESOURCE = "registry/regions-builtin.csv";

    private final RegionImport importer;
    private final JdbcClient jdbc;
    private final boolean seed;

    BuiltInRegions(RegionImport importer, JdbcClient jdbc, @Value("${ektp.regions.seed-built-in:true}") boolean seed) {
        this.importer = importer;
        this.jdbc = jdbc;
        this.seed = seed;
    }

    @Override
    public void seed() {
        if (seed && jdbc.sql("SELECT count(*) FROM region").query(Long.class).single() == 0) {
            load();
            log.info("Region table was empty: loaded the built-in regions from {}", RESOURCE);
        }
    }

    /** Loads (or refreshes) the built-in regions, as the system; loading them twice changes nothing. */
    public void load() {
        SystemActor.run("built-in regions", this::importShipped);
    }

    private void importShipped() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            importer.importCsv(in, "built-in " + RESOURCE, Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
