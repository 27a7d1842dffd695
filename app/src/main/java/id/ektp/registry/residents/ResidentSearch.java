package id.ektp.registry.residents;

import id.ektp.registry.RegistryException;
import id.ektp.registry.Resident;
import id.ektp.registry.ResultPage;

import id.ektp.accounts.AuditAction;
import id.ektp.accounts.AuditTrail;
import id.ektp.accounts.Officer;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds residents by NIK, by KK number, or by name with typos tolerated: trigram similarity
 * ({@code pg_trgm}, GIN index on the name), best match first. Only residents inside the officer's
 * region are ever returned or counted.
 */
@Service
public class ResidentSearch {

    public enum By { NIK, KK, NAME, AUTO }

    static final int MAX_PAGE_SIZE = 100;

    private final JdbcClient jdbc;
    private final RegistryAccess access;
    private final AuditTrail audit;

    ResidentSearch(JdbcClient jdbc, RegistryAccess access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public ResultPage<Resident> search(String query, By by, int page, int size) {
        Officer officer = access.officer();
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            throw new RegistryException("q", "problem.search.empty", "enter a name, a NIK or a KK number");
        }
        if (page < 0) {
            throw new RegistryException("page", "problem.search.page", "the page number starts at 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new RegistryException("size", "problem.search.size", "a page holds 1 to " + MAX_PAGE_SIZE + " residents",
                    MAX_PAGE_SIZE);
        }
        By mode = by == By.AUTO ? (q.matches("\\d{16}") ? By.NIK : By.NAME) : by;
        if (mode != By.NAME && !q.matches("\\d{16}")) {
            throw new RegistryException("q", "problem.search.digits", "a " + mode + " number has exactly 16 digits",
                    mode.name());
        }
        if (mode == By.NAME && q.length() > 100) {
            throw new RegistryException("q", "problem.search.nameLength", "a name has at most 100 characters");
        }
        String scope = RegistryAccess.scopeCondition("desa_code");
        String where;
        String order;
        String term = q.toUpperCase(Locale.ROOT);
        if (by == By.AUTO && mode == By.NIK) {
            where = "(nik = :q OR kk_number = :q)";
            order = "kk_number, birth_date";
        } else if (mode == By.NIK) {
            where = "nik = :q";
            order = "nik";
        } else if (mode == By.KK) {
            where = "kk_number = :q";
            order = "birth_date";
        } else {
            // A misspelt full name is similar to the stored one; a single misspelt word is similar to a
            // word of it. Both operators use the GIN trigram index.
            jdbc.sql("SET LOCAL pg_trgm.similarity_threshold = 0.4").update();
            jdbc.sql("SET LOCAL pg_trgm.word_similarity_threshold = 0.5").update();
            where = "(full_name % :q OR :q <% full_name)";
            order = "greatest(similarity(full_name, :q), word_similarity(:q, full_name)) DESC, full_name, nik";
        }
        // One pass: the page and, beside each row, the number of all matches (counted before LIMIT).
        long[] total = {0};
        List<Resident> items = jdbc.sql("SELECT " + ResidentStore.COLUMNS + ", count(*) OVER () AS matches FROM resident WHERE "
                        + where + " AND " + scope + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .param("q", term).param("scope", RegistryAccess.scopeParam(officer))
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> {
                    total[0] = rs.getLong("matches");
                    return ResidentStore.MAPPER.mapRow(rs, n);
                }).list();
        if (items.isEmpty() && page > 0) {
            total[0] = jdbc.sql("SELECT count(*) FROM resident WHERE " + where + " AND " + scope)
                    .param("q", term).param("scope", RegistryAccess.scopeParam(officer))
                    .query(Long.class).single();
        }
        audit.read(AuditAction.RESIDENTS_SEARCHED, AuditIds.of(mode + ":" + q));
        return new ResultPage<>(items, page, size, total[0]);
    }
}
