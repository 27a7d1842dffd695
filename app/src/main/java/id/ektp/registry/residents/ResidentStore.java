package id.ektp.registry.residents;

import id.ektp.registry.BloodGroup;
import id.ektp.registry.Citizenship;
import id.ektp.registry.FamilyRelation;
import id.ektp.registry.KtpStatus;
import id.ektp.registry.MaritalStatus;
import id.ektp.registry.Religion;
import id.ektp.registry.Resident;
import id.ektp.registry.Sex;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The resident and family tables. Region scoping is applied by the callers' WHERE clauses. */
@Repository
public class ResidentStore {

    public static final String COLUMNS = """
            nik, full_name, birth_place, birth_date, sex, blood_group, religion, marital_status, occupation,
            citizenship, itap_number, itap_expiry, street, rt, rw, desa_code, kk_number, family_relation, phone, ktp_status""";

    public static final RowMapper<Resident> MAPPER = ResidentStore::map;

    private final JdbcClient jdbc;

    ResidentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Resident> find(String nik) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM resident WHERE nik = ?").param(nik).query(MAPPER).optional();
    }

    /** The resident, locked for an update in this transaction. */
    Optional<Resident> lock(String nik) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM resident WHERE nik = ? FOR UPDATE").param(nik).query(MAPPER).optional();
    }

    boolean exists(String nik) {
        return jdbc.sql("SELECT count(*) FROM resident WHERE nik = ?").param(nik).query(Integer.class).single() > 0;
    }

    List<Resident> family(String kkNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM resident WHERE kk_number = ? ORDER BY birth_date")
                .param(kkNumber).query(MAPPER).list();
    }

    Optional<String> familyDesa(String kkNumber) {
        return jdbc.sql("SELECT desa_code FROM family WHERE kk_number = ?").param(kkNumber).query(String.class).optional();
    }

    void insertFamily(String kkNumber, String desaCode, LocalDate issuedOn) {
        jdbc.sql("INSERT INTO family (kk_number, desa_code, issued_on) VALUES (?, ?, ?)")
                .params(kkNumber, desaCode, issuedOn).update();
    }

    void insert(Resident r) {
        jdbc.sql("INSERT INTO resident (" + COLUMNS + ", kecamatan_code) VALUES (" + "?, ".repeat(20) + "?)")
                .params(values(r)).param(r.kecamatanCode()).update();
    }

    void update(Resident r) {
        jdbc.sql("""
                UPDATE resident SET full_name = ?, birth_place = ?, birth_date = ?, sex = ?, blood_group = ?, religion = ?,
                    marital_status = ?, occupation = ?, citizenship = ?, itap_number = ?, itap_expiry = ?, street = ?,
                    rt = ?, rw = ?, desa_code = ?, kk_number = ?, family_relation = ?, phone = ?, ktp_status = ?,
                    kecamatan_code = ?, updated_at = now()
                WHERE nik = ?""")
                .params(values(r).subList(1, 20)).param(r.kecamatanCode()).param(r.nik()).update();
    }

    void delete(String nik) {
        jdbc.sql("DELETE FROM resident WHERE nik = ?").param(nik).update();
    }

    private static List<Object> values(Resident r) {
        return java.util.Arrays.asList(r.nik(), r.fullName(), r.birthPlace(), r.birthDate(), r.sex().name(),
                r.bloodGroup().name(), r.religion().name(), r.maritalStatus().name(), r.occupation(),
                r.citizenship().name(), r.itapNumber(), r.itapExpiry(), r.street(), r.rt(), r.rw(), r.desaCode(),
                r.kkNumber(), r.familyRelation().name(), r.phone(), r.ktpStatus().name());
    }

    private static Resident map(ResultSet rs, int row) throws SQLException {
        return new Resident(rs.getString("nik"), rs.getString("full_name"), rs.getString("birth_place"),
                rs.getObject("birth_date", LocalDate.class), Sex.valueOf(rs.getString("sex")),
                BloodGroup.valueOf(rs.getString("blood_group")), Religion.valueOf(rs.getString("religion")),
                MaritalStatus.valueOf(rs.getString("marital_status")), rs.getString("occupation"),
                Citizenship.valueOf(rs.getString("citizenship")), rs.getString("itap_number"),
                rs.getObject("itap_expiry", LocalDate.class), rs.getString("street"), rs.getString("rt"),
                rs.getString("rw"), rs.getString("desa_code"), rs.getString("kk_number"),
                FamilyRelation.valueOf(rs.getString("family_relation")), rs.getString("phone"),
                KtpStatus.valueOf(rs.getString("ktp_status")));
    }
}
