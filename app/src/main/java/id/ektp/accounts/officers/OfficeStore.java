package id.ektp.accounts.officers;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Offices in PostgreSQL. */
@Repository
public class OfficeStore {

    private final JdbcClient jdbc;

    public OfficeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Office> find(String code) {
        return jdbc.sql("SELECT code, name, kind, region_code FROM office WHERE code = ?")
                .param(code)
                .query((rs, i) -> new Office(rs.getString(1), rs.getString(2), OfficeKind.valueOf(rs.getString(3)), rs.getString(4)))
                .optional();
    }

    public List<Office> within(String regionCode) {
        return jdbc.sql("SELECT code, name, kind, region_code FROM office "
                        + "WHERE ? = '' OR region_code = ? OR region_code LIKE ? ORDER BY code")
                .param(regionCode).param(regionCode).param(regionCode + ".%")
                .query((rs, i) -> new Office(rs.getString(1), rs.getString(2), OfficeKind.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
    }

    public void insert(Office office) {
        jdbc.sql("INSERT INTO office (code, name, kind, region_code) VALUES (?, ?, ?, ?)")
                .params(office.code(), office.name(), office.kind().name(), office.regionCode())
                .update();
    }
}
