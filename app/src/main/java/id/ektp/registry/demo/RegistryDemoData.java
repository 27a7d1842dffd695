package id.ektp.registry.demo;

import id.ektp.registry.regions.Progress;
import id.ektp.registry.regions.BuiltInRegions;

import id.ektp.accounts.SystemActor;
import id.ektp.platform.startup.StartupSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode (profile {@code demo}): on an empty database, a synthetic population of
 * {@code ektp.demo.population} residents (default 3,000) in Kota Bandung, where the demo officers work,
 * so that they can log in and search. The built-in regions are loaded first if missing.
 */
@Component
@Profile("demo")
@Order(5)
public class RegistryDemoData implements StartupSeed {

    private static final Logger log = LoggerFactory.getLogger(RegistryDemoData.class);

    /** Kota Bandung: the demo officers work there, whatever else has been imported. */
    static final String DEMO_REGION = "32.73";

    private final BuiltInRegions builtIn;
    private final PopulationGenerator generator;
    private final JdbcClient jdbc;
    private final long population;

    RegistryDemoData(BuiltInRegions builtIn, PopulationGenerator generator, JdbcClient jdbc,
            @Value("${ektp.demo.population:3000}") long population) {
        this.builtIn = builtIn;
        this.generator = generator;
        this.jdbc = jdbc;
        this.population = population;
    }

    @Override
    public void seed() {
        SystemActor.run("demo data", this::seedAsSystem);
    }

    private void seedAsSystem() {
        if (jdbc.sql("SELECT count(*) FROM region WHERE code LIKE '32.73.%' AND level = 4").query(Long.class).single() == 0) {
            builtIn.load();
            log.info("Demo: loaded the built-in regions");
        }
        if (jdbc.sql("SELECT count(*) FROM resident").query(Long.class).single() == 0) {
            PopulationGenerator.Result r = generator.generate(population, 17_08_1945L, PopulationGenerator.Method.COPY,
                    Progress.NONE, DEMO_REGION);
            log.info("Demo: generated {} synthetic residents in {} families", r.residents(), r.families());
        }
    }
}
