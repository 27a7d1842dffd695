package id.ektp.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The small region set shipped with the application for the demo and the tests: Jawa Barat, Kota
 * Bandung and three of its kecamatan with their kelurahan. The full official list is imported.
 */
@Component
public class BuiltInRegions {

    static final String RESOURCE = "registry/regions-builtin.csv";

    private final RegionImport importer;

    BuiltInRegions(RegionImport importer) {
        this.importer = importer;
    }

    /** Loads (or refreshes) the built-in regions; loading them twice changes nothing. */
    public void load() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            importer.importCsv(in, "built-in " + RESOURCE, Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
