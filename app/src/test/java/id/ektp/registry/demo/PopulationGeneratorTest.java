package id.ektp.registry.demo;

import id.ektp.registry.KtpStatus;
import id.ektp.registry.regions.Progress;
import id.ektp.registry.Resident;
import id.ektp.registry.numbering.Nik;
import id.ektp.registry.numbering.NikRules;
import id.ektp.registry.numbering.NumberIssuer;
import id.ektp.registry.regions.BuiltInRegions;
import id.ektp.registry.residents.ResidentStore;

import id.ektp.accounts.SystemActor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The synthetic population: valid NIKs and KKs, families with a head, plausible ages, counters moved past. */
@SpringBootTest
@ActiveProfiles("test")
class PopulationGeneratorTest {

    @Autowired
    PopulationGenerator generator;
    @Autowired
    BuiltInRegions builtIn;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NikRules nikRules;
    @Autowired
    NumberIssuer issuer;
    @Autowired
    TransactionTemplate tx;

    @Test
    void generatesValidFamiliesInsideTheRegionAndIssuanceContinuesAfterThem() {
        builtIn.load();
        long before = count("SELECT count(*) FROM resident WHERE desa_code LIKE '32.73.02.%'");
        PopulationGenerator.Result result = SystemActor.call("test", () -> generator.generate(2_000, 42, PopulationGenerator.Method.COPY, Progress.NONE, "32.73.02"));
        assertThat(result.residents()).isEqualTo(2_000);
        assertThat(count("SELECT count(*) FROM resident WHERE desa_code LIKE '32.73.02.%'")).isEqualTo(before + 2_000);

        List<Resident> people = jdbc.sql("SELECT " + ResidentStore.COLUMNS + " FROM resident WHERE desa_code LIKE '32.73.02.%'")
                .query(ResidentStore.MAPPER).list();
        for (Resident r : people) {
            Nik nik = nikRules.validate("nik", r.nik());
            assertThat(nik.fits(r.birthDate(), r.sex())).as(r.nik()).isTrue();
            assertThat(nik.kecamatanCode()).isEqualTo(r.kecamatanCode());
            assertThat(r.kkNumber()).startsWith(r.kecamatanCode().replace(".", ""));
            assertThat(r.ageOn(LocalDate.now())).isBetween(0, 100);
            assertThat(r.fullName()).matches("[A-Z .'-]+");
            if (r.ktpStatus() != KtpStatus.NONE) {
                assertThat(r.wajibKtpOn(LocalDate.now())).as("only wajib-KTP residents hold a card").isTrue();
            }
        }
        // every family has exactly one head; a wife is married
        assertThat(count("""
                SELECT count(*) FROM (SELECT kk_number FROM resident WHERE desa_code LIKE '32.73.02.%'
                GROUP BY kk_number HAVING count(*) FILTER (WHERE family_relation = 'KEPALA_KELUARGA') <> 1) f""")).isZero();
        assertThat(count("SELECT count(*) FROM resident WHERE family_relation = 'ISTRI' AND marital_status <> 'KAWIN'")).isZero();
        assertThat(count("SELECT count(DISTINCT desa_code) FROM resident WHERE desa_code LIKE '32.73.02.%'")).isEqualTo(6);
        assertThat(count("SELECT count(*) FROM resident WHERE desa_code LIKE '32.73.02.%' AND birth_date > now() - interval '17 years'"))
                .as("children").isGreaterThan(200);

        // issuing a NIK afterwards never collides with a generated one
        Resident someone = people.get(0);
        String issued = tx.execute(s -> issuer.issueNik(someone.kecamatanCode(), someone.birthDate(), someone.sex()).value());
        assertThat(people.stream().map(Resident::nik)).doesNotContain(issued);
        assertThat(Integer.parseInt(issued.substring(12))).isGreaterThan(Integer.parseInt(someone.nik().substring(12)));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
