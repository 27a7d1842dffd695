package id.ektp.registry.regions;

import id.ektp.registry.residents.AuditIds;
import id.ektp.registry.residents.CopyRows;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a {@code code,name} region list: every line is checked first, then the rows are streamed
 * with COPY into a temporary table and merged into {@code region} in one statement. The whole import
 * is one transaction: a bad line or a missing parent leaves the table as it was. Importing the same
 * file again changes nothing; a region whose name changed is renamed.
 */
@Service
public class RegionImport {

    private static final Logger log = LoggerFactory.getLogger(RegionImport.class);

    public record Result(long rows, long inserted, long updated, long unchanged, long millis) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final RegionCatalog regions;
    private final AuditTrail audit;

    RegionImport(JdbcClient jdbc, DataSource dataSource, RegionCatalog regions, AuditTrail audit) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.regions = regions;
        this.audit = audit;
    }

    @Transactional
    public Result importCsv(InputStream in, String source, Progress progress) {
        long start = System.nanoTime();
        List<RegionCsv.Row> rows;
        try {
            rows = RegionCsv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        log.info("Region import from {}: {} lines read and checked", source, rows.size());
        checkParents(rows);

        jdbc.sql("CREATE TEMP TABLE region_import (code VARCHAR(13), name VARCHAR(200), level SMALLINT, parent_code VARCHAR(13)) ON COMMIT DROP")
                .update();
        try (CopyRows copy = CopyRows.into(dataSource, "region_import (code, name, level, parent_code)")) {
            long done = 0;
            for (RegionCsv.Row row : rows) {
                copy.field(row.code()).field(row.name()).field(row.level().depth()).field(RegionLevel.parentOf(row.code())).endRow();
                if (++done % 10_000 == 0) {
                    progress.advanced(done, rows.size());
                }
            }
            copy.finish();
        }
        progress.advanced(rows.size(), rows.size());
        // Parents are merged before children within one statement: the foreign key is checked at its end.
        List<Boolean> changed = jdbc.sql("""
                INSERT INTO region (code, name, level, parent_code)
                SELECT code, name, level, parent_code FROM region_import ORDER BY level, code
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name
                    WHERE region.name IS DISTINCT FROM EXCLUDED.name
                RETURNING (xmax = 0)
                """).query(Boolean.class).list();
        long inserted = changed.stream().filter(Boolean::booleanValue).count();
        long updated = changed.size() - inserted;
        Result result = new Result(rows.size(), inserted, updated, rows.size() - inserted - updated,
                (System.nanoTime() - start) / 1_000_000);
        audit.record(AuditAction.REGIONS_IMPORTED, AuditIds.of(source),
                "rows=%d inserted=%d updated=%d".formatted(result.rows(), inserted, updated));
        log.info("Region import from {}: {} rows, {} new, {} renamed, {} unchanged in {} ms",
                source, result.rows(), inserted, updated, result.unchanged(), result.millis());
        return result;
    }

    /** Every region below a province needs its parent, in the same file or already stored. */
    private void checkParents(List<RegionCsv.Row> rows) {
        Set<String> inFile = new HashSet<>(rows.size() * 2);
        for (RegionCsv.Row row : rows) {
            inFile.add(row.code());
        }
        Set<String> missing = new LinkedHashSet<>();
        for (RegionCsv.Row row : rows) {
            String parent = RegionLevel.parentOf(row.code());
            if (parent != null && !inFile.contains(parent)) {
                missing.add(parent);
            }
        }
        missing.removeAll(regions.existing(missing));
        if (missing.isEmpty()) {
            return;
        }
        for (RegionCsv.Row row : rows) {
            String parent = RegionLevel.parentOf(row.code());
            if (parent != null && missing.contains(parent)) {
                throw new RegionImportException(row.line(), "problem.regions.parent", "the parent region " + parent
                        + " of " + row.code() + " is neither in the file nor stored", parent, row.code());
            }
        }
    }
}
