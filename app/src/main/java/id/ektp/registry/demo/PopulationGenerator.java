package id.ektp.registry.demo;

import id.ektp.registry.regions.Progress;
import id.ektp.registry.RegistryException;
import id.ektp.registry.Resident;
import id.ektp.registry.residents.CopyRows;
import id.ektp.registry.residents.ResidentStore;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates a synthetic population for the demo and for load: families spread over the stored
 * regions in proportion to the real population, stored in batches (one transaction each) through
 * COPY, or through batched INSERTs as the baseline the benchmark compares against.
 */
@Service
public class PopulationGenerator {

    private static final Logger log = LoggerFactory.getLogger(PopulationGenerator.class);
    public static final int BATCH = 25_000;

    public enum Method { COPY, BATCH_INSERT }

    public record Result(long residents, long families, long millis, boolean weightedByPopulation, int kabupatenKota) {
        public double perSecond() {
            return millis == 0 ? residents : residents * 1000.0 / millis;
        }
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final Path populationCsv;
    private final Clock clock;

    PopulationGenerator(JdbcClient jdbc, DataSource dataSource, TransactionTemplate tx, AuditTrail audit,
            @Value("${ektp.population-csv:${ektp.shared.data:../shared/data}/regions/population.csv}") String populationCsv,
            Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = tx;
        this.audit = audit;
        this.populationCsv = Path.of(populationCsv);
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    public Result generate(long count, long seed, Method method, Progress progress) {
        return generate(count, seed, method, progress, "");
    }

    /** Generates {@code count} residents living inside {@code within} (a dotted region code, empty for anywhere). */
    public Result generate(long count, long seed, Method method, Progress progress, String within) {
        if (count < 1) {
            throw new RegistryException("count", "generate at least one resident");
        }
        long start = System.nanoTime();
        PopulationSpread spread = PopulationSpread.load(jdbc, populationCsv, within);
        log.info("Generating {} residents over {} kabupaten/kota ({}), stored by {}", count, spread.kabupatenCount(),
                spread.weightedByPopulation() ? "in proportion to " + populationCsv : "evenly over the stored desa", method);
        Map<Long, Integer> nikSerials = lastSerials("nik_counter", "resident", "nik");
        Map<Long, Integer> kkSerials = lastSerials("kk_counter", "family", "kk_number");
        Map<Long, Integer> nikBefore = new HashMap<>(nikSerials);
        SyntheticFamilies families = new SyntheticFamilies(new SplittableRandom(seed), spread, LocalDate.now(clock), nikSerials, kkSerials);

        long residents = 0;
        long familyCount = 0;
        while (residents < count) {
            List<SyntheticFamilies.Family> batch = new ArrayList<>();
            int inBatch = 0;
            while (inBatch < BATCH && residents + inBatch < count) {
                SyntheticFamilies.Family family = families.next();
                int room = (int) Math.min(family.members().size(), count - residents - inBatch);
                if (room < family.members().size()) {
                    family = new SyntheticFamilies.Family(family.kkNumber(), family.desaCode(), family.issuedOn(),
                            family.members().subList(0, room));
                }
                batch.add(family);
                inBatch += family.members().size();
            }
            tx.executeWithoutResult(status -> store(batch, method));
            residents += inBatch;
            familyCount += batch.size();
            progress.advanced(residents, count);
        }
        tx.executeWithoutResult(status -> {
            saveCounters("nik_counter", nikSerials, nikBefore);
            saveCounters("kk_counter", kkSerials, Map.of());
            audit.record(AuditAction.POPULATION_GENERATED, "synthetic", "residents=" + count + " seed=" + seed + " method=" + method);
        });
        Result result = new Result(residents, familyCount, (System.nanoTime() - start) / 1_000_000,
                spread.weightedByPopulation(), spread.kabupatenCount());
        log.info("Generated {} residents in {} families in {} ms ({} residents/s)", residents, familyCount, result.millis(),
                Math.round(result.perSecond()));
        return result;
    }

    private void store(List<SyntheticFamilies.Family> batch, Method method) {
        jdbc.sql("SET LOCAL synchronous_commit = off").update();
        if (method == Method.COPY) {
            try (CopyRows copy = CopyRows.into(dataSource, "family (kk_number, desa_code, issued_on)")) {
                for (SyntheticFamilies.Family f : batch) {
                    copy.field(f.kkNumber()).field(f.desaCode()).field(f.issuedOn()).endRow();
                }
                copy.finish();
            }
            try (CopyRows copy = CopyRows.into(dataSource, "resident (" + ResidentStore.COLUMNS + ", kecamatan_code)")) {
                for (SyntheticFamilies.Family f : batch) {
                    for (Resident r : f.members()) {
                        copy.field(r.nik()).field(r.fullName()).field(r.birthPlace()).field(r.birthDate()).field(r.sex())
                                .field(r.bloodGroup()).field(r.religion()).field(r.maritalStatus()).field(r.occupation())
                                .field(r.citizenship()).field(r.itapNumber()).field(r.itapExpiry()).field(r.street())
                                .field(r.rt()).field(r.rw()).field(r.desaCode()).field(r.kkNumber()).field(r.familyRelation())
                                .field(r.phone()).field(r.ktpStatus()).field(r.kecamatanCode()).endRow();
                    }
                }
                copy.finish();
            }
        } else {
            var template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
            template.batchUpdate("INSERT INTO family (kk_number, desa_code, issued_on) VALUES (?, ?, ?)",
                    batch.stream().map(f -> new Object[] {f.kkNumber(), f.desaCode(), f.issuedOn()}).toList());
            List<Object[]> rows = new ArrayList<>();
            for (SyntheticFamilies.Family f : batch) {
                for (Resident r : f.members()) {
                    rows.add(new Object[] {r.nik(), r.fullName(), r.birthPlace(), r.birthDate(), r.sex().name(),
                            r.bloodGroup().name(), r.religion().name(), r.maritalStatus().name(), r.occupation(),
                            r.citizenship().name(), r.itapNumber(), r.itapExpiry(), r.street(), r.rt(), r.rw(), r.desaCode(),
                            r.kkNumber(), r.familyRelation().name(), r.phone(), r.ktpStatus().name(), r.kecamatanCode()});
                }
            }
            template.batchUpdate("INSERT INTO resident (" + ResidentStore.COLUMNS + ", kecamatan_code) VALUES ("
                    + "?, ".repeat(20) + "?)", rows);
        }
    }

    /** The highest serial per 12-digit prefix, from the counters and from the numbers stored (entered by hand or loaded). */
    private Map<Long, Integer> lastSerials(String counter, String table, String column) {
        Map<Long, Integer> serials = new HashMap<>();
        jdbc.sql("""
                SELECT prefix, max(serial) FROM (
                    SELECT prefix, last_serial AS serial FROM %1$s
                    UNION ALL
                    SELECT substr(%3$s, 1, 12), substr(%3$s, 13, 4)::int FROM %2$s) s
                GROUP BY prefix""".formatted(counter, table, column))
                .query((rs, n) -> serials.put(Long.parseLong(rs.getString(1).strip()), rs.getInt(2))).list();
        return serials;
    }

    /** Moves the issuance counters past every serial generated, so that issuing a NIK later never collides. */
    private void saveCounters(String counter, Map<Long, Integer> serials, Map<Long, Integer> before) {
        String load = counter + "_load";
        jdbc.sql("CREATE TEMP TABLE " + load + " (prefix CHAR(12), last_serial INTEGER) ON COMMIT DROP").update();
        try (CopyRows copy = CopyRows.into(dataSource, load + " (prefix, last_serial)")) {
            for (var entry : serials.entrySet()) {
                if (!entry.getValue().equals(before.get(entry.getKey()))) {
                    copy.field(String.format("%012d", entry.getKey())).field(entry.getValue()).endRow();
                }
            }
            copy.finish();
        }
        jdbc.sql("""
                INSERT INTO %1$s (prefix, last_serial) SELECT prefix, last_serial FROM %2$s
                ON CONFLICT (prefix) DO UPDATE SET last_serial = greatest(%1$s.last_serial, EXCLUDED.last_serial)
                """.formatted(counter, load)).update();
    }
}
