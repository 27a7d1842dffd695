package id.ektp.registry.regions;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The region table: look-ups by code, children of a region, counts per level. */
@Repository
public class RegionCatalog {

    private final JdbcClient jdbc;

    RegionCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Region> find(String code) {
        return jdbc.sql("SELECT code, name, level, parent_code FROM region WHERE code = ?")
                .param(code)
                .query((rs, n) -> new Region(rs.getString(1), rs.getString(2), RegionLevel.ofDepth(rs.getInt(3)), rs.getString(4)))
                .optional();
    }

    /** The region with this code, which must be of the given level; the field names the request field. */
    public Region require(String field, String code, RegionLevel level) {
        if (code == null || RegionLevel.of(code).orElse(null) != level) {
            throw new UnknownRegionException(field, "problem.region.level", "'" + code + "' is not a "
                    + level.name().toLowerCase().replace('_', '/') + " code (e.g. " + example(level) + ")",
                    String.valueOf(code), new DefaultMessageSourceResolvable("registry.level." + level), example(level));
        }
        return find(code).orElseThrow(() -> new UnknownRegionException(field, "problem.region.unknown",
                "region " + code + " does not exist", code));
    }

    private static String example(RegionLevel level) {
        return switch (level) {
            case PROVINSI -> "32";
            case KABUPATEN_KOTA -> "32.73";
            case KECAMATAN -> "32.73.01";
            case DESA_KELURAHAN -> "32.73.01.1001";
        };
    }

    public List<Region> children(String parentCode) {
        String where = parentCode == null || parentCode.isEmpty() ? "parent_code IS NULL" : "parent_code = :p";
        var spec = jdbc.sql("SELECT code, name, level, parent_code FROM region WHERE " + where + " ORDER BY code");
        if (!where.startsWith("parent_code IS")) {
            spec = spec.param("p", parentCode);
        }
        return spec.query((rs, n) -> new Region(rs.getString(1), rs.getString(2), RegionLevel.ofDepth(rs.getInt(3)), rs.getString(4)))
                .list();
    }

    /** Which of the given codes are already in the table. */
    List<String> existing(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT code FROM region WHERE code = ANY(?)")
                .param(codes.toArray(String[]::new))
                .query(String.class).list();
    }

    public Map<RegionLevel, Long> countPerLevel() {
        return jdbc.sql("SELECT level, count(*) FROM region GROUP BY level")
                .query((rs, n) -> Map.entry(RegionLevel.ofDepth(rs.getInt(1)), rs.getLong(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM region").query(Long.class).single();
    }

    /** Every region of one level, in code order (all kabupaten/kota: some 500 rows). */
    public List<Region> ofLevel(RegionLevel level) {
        return jdbc.sql("SELECT code, name, level, parent_code FROM region WHERE level = ? ORDER BY code")
                .param(level.depth())
                .query((rs, n) -> new Region(rs.getString(1), rs.getString(2), RegionLevel.ofDepth(rs.getInt(3)), rs.getString(4)))
                .list();
    }

    /** The names of the given codes that exist, by code: one query for a whole page of residents. */
    public Map<String, String> namesOf(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT code, name FROM region WHERE code IN (:codes)")
                .param("codes", Set.copyOf(codes))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public String nameOf(String code) {
        return find(code).map(Region::name).orElse(code);
    }
}
