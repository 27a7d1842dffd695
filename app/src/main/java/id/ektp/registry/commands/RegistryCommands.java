package id.ektp.registry.commands;

import id.ektp.registry.RegistryException;
import id.ektp.registry.demo.PopulationGenerator;
import id.ektp.registry.regions.BuiltInRegions;
import id.ektp.registry.regions.RegionImport;

import id.ektp.accounts.SystemActor;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registry's commands, run with {@code --ektp.command=...} and ending the process:
 * <ul>
 *   <li>{@code import-regions --file=wilayah.csv}: loads a {@code code,name} region list;</li>
 *   <li>{@code generate-population --count=N [--seed=S] [--region=32.73]}: adds N synthetic residents;</li>
 *   <li>{@code benchmark-population [--count=1000000] [--baseline=20000]}: times COPY against batched
 *       INSERTs on the same rows, then stores {@code count} residents by COPY against the 10-minute target.</li>
 * </ul>
 * Exit code 0 on success, 2 on bad input.
 */
@Component
@ConditionalOnExpression("'${ektp.command:}' matches 'import-regions|generate-population|benchmark-population'")
public class RegistryCommands implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegistryCommands.class);
    static final long TARGET_MILLIS = 10 * 60 * 1000;

    private final RegionImport regions;
    private final BuiltInRegions builtIn;
    private final PopulationGenerator generator;
    private final JdbcClient jdbc;
    private final ConfigurableApplicationContext context;
    private final String command;
    private final String sharedData;

    RegistryCommands(RegionImport regions, BuiltInRegions builtIn, PopulationGenerator generator, JdbcClient jdbc,
            ConfigurableApplicationContext context,
            @org.springframework.beans.factory.annotation.Value("${ektp.command}") String command,
            @org.springframework.beans.factory.annotation.Value("${ektp.shared.data:../shared/data}") String sharedData) {
        this.regions = regions;
        this.builtIn = builtIn;
        this.generator = generator;
        this.jdbc = jdbc;
        this.context = context;
        this.command = command;
        this.sharedData = sharedData;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code;
        try {
            SystemActor.run(command, () -> {
                switch (command) {
                    case "import-regions" -> importRegions(Path.of(required(args, "file")));
                    case "generate-population" -> generate(args);
                    default -> benchmark(args);
                }
            });
            code = 0;
        } catch (RegistryException e) {
            System.err.println("\nRefused: " + e.getMessage());
            code = 2;
        } catch (RuntimeException e) {
            log.error("{} failed", command, e);
            System.err.println("\nFailed: " + e.getMessage());
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> exit));
    }

    private RegionImport.Result importRegions(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new RegistryException("file", "no such file: " + file.toAbsolutePath());
        }
        try (InputStream in = Files.newInputStream(file)) {
            RegionImport.Result r = regions.importCsv(in, file.toString(), new ConsoleProgress(System.out, "regions "));
            System.out.printf("Imported %s: %,d rows, %,d new, %,d renamed, %,d unchanged in %,d ms%n",
                    file, r.rows(), r.inserted(), r.updated(), r.unchanged(), r.millis());
            return r;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void generate(ApplicationArguments args) {
        long count = Long.parseLong(optional(args, "count", "1000"));
        long seed = Long.parseLong(optional(args, "seed", String.valueOf(System.currentTimeMillis())));
        ensureRegions(false);
        PopulationGenerator.Result r = generator.generate(count, seed, PopulationGenerator.Method.COPY,
                new ConsoleProgress(System.out, "residents"), optional(args, "region", ""));
        System.out.printf("Generated %,d residents in %,d families in %,d ms (%,.0f residents/s)%n",
                r.residents(), r.families(), r.millis(), r.perSecond());
    }

    private void benchmark(ApplicationArguments args) {
        long count = Long.parseLong(optional(args, "count", "1000000"));
        long baseline = Long.parseLong(optional(args, "baseline", "20000"));
        long seed = Long.parseLong(optional(args, "seed", "20261121"));
        ensureRegions(true);
        System.out.printf("Population benchmark: %,d residents by COPY; baseline: batched JDBC INSERT (1 statement per row, "
                + "batches of %,d) on %,d residents, against COPY on as many%n", count, PopulationGenerator.BATCH, baseline);
        long before = residents();
        PopulationGenerator.Result insert = generator.generate(baseline, seed, PopulationGenerator.Method.BATCH_INSERT,
                new ConsoleProgress(System.out, "baseline INSERT"));
        PopulationGenerator.Result copy = generator.generate(baseline, seed + 1, PopulationGenerator.Method.COPY,
                new ConsoleProgress(System.out, "COPY           "));
        PopulationGenerator.Result full = generator.generate(count, seed + 2, PopulationGenerator.Method.COPY,
                new ConsoleProgress(System.out, "COPY (full)    "));
        long after = residents();
        System.out.println();
        System.out.printf("%-34s %12s %10s %14s%n", "method", "residents", "ms", "residents/s");
        System.out.printf("%-34s %,12d %,10d %,14.0f%n", "baseline: batched INSERT", insert.residents(), insert.millis(), insert.perSecond());
        System.out.printf("%-34s %,12d %,10d %,14.0f%n", "COPY", copy.residents(), copy.millis(), copy.perSecond());
        System.out.printf("ratio COPY / batched INSERT: %.2fx%n", copy.perSecond() / insert.perSecond());
        System.out.printf("%-34s %,12d %,10d %,14.0f%n", "COPY, full run", full.residents(), full.millis(), full.perSecond());
        System.out.printf("full run: %.1f s against the target of %d s: %s (residents stored: %,d -> %,d)%n",
                full.millis() / 1000.0, TARGET_MILLIS / 1000, full.millis() <= TARGET_MILLIS ? "MET" : "MISSED", before, after);
    }

    /** Commands that generate need desa to put people in: the official list when present, else the built-in set. */
    private void ensureRegions(boolean preferOfficial) {
        long desa = jdbc.sql("SELECT count(*) FROM region WHERE level = 4").query(Long.class).single();
        Path wilayah = Path.of(sharedData, "regions", "wilayah.csv");
        if (preferOfficial && desa < 1000 && Files.isRegularFile(wilayah)) {
            importRegions(wilayah);
        } else if (desa == 0) {
            builtIn.load();
        }
    }

    private long residents() {
        return jdbc.sql("SELECT count(*) FROM resident").query(Long.class).single();
    }

    private static String required(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        if (values == null || values.isEmpty()) {
            throw new RegistryException(name, "--" + name + "=... is required");
        }
        return values.get(0);
    }

    private static String optional(ApplicationArguments args, String name, String otherwise) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? otherwise : values.get(0);
    }
}
