package id.ektp.registry.numbering;

import id.ektp.registry.Sex;
import id.ektp.registry.regions.BuiltInRegions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** NIK and KK issuance: consecutive serials, above any stored one, never twice under concurrency. */
@SpringBootTest
@ActiveProfiles("test")
class NumberIssuerTest {

    @Autowired
    NumberIssuer issuer;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    BuiltInRegions builtIn;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void regions() {
        builtIn.load();
    }

    @Test
    void issuesConsecutiveSerialsPerKecamatanBirthDateAndSex() {
        LocalDate born = LocalDate.of(1999, 12, 31);
        assertThat(issue("32.73.02", born, Sex.LAKI_LAKI)).isEqualTo("3273023112990001");
        assertThat(issue("32.73.02", born, Sex.LAKI_LAKI)).isEqualTo("3273023112990002");
        assertThat(issue("32.73.02", born, Sex.PEREMPUAN)).isEqualTo("3273027112990001");
        assertThat(issue("32.73.05", born, Sex.LAKI_LAKI)).isEqualTo("3273053112990001");
        assertThat(Nik.parse(issue("32.73.02", born, Sex.PEREMPUAN)).birthDate()).isEqualTo(born);
    }

    @Test
    void startsAboveASerialAlreadyStored() {
        tx.executeWithoutResult(s -> {
            jdbc.sql("INSERT INTO family (kk_number, desa_code, issued_on) VALUES ('3273010101200001', '32.73.01.1001', '2020-01-01')").update();
            jdbc.sql("""
                    INSERT INTO resident (nik, full_name, birth_place, birth_date, sex, blood_group, religion, marital_status,
                        occupation, citizenship, street, rt, rw, desa_code, kecamatan_code, kk_number, family_relation)
                    VALUES ('3273010505050041', 'ENTERED BY HAND', 'BANDUNG', '2005-05-05', 'LAKI_LAKI', 'A', 'ISLAM',
                        'BELUM_KAWIN', 'PELAJAR', 'WNI', 'Jl. Sukasari 1', '001', '001', '32.73.01.1001', '32.73.01',
                        '3273010101200001', 'ANAK')""").update();
        });
        assertThat(issue("32.73.01", LocalDate.of(2005, 5, 5), Sex.LAKI_LAKI)).isEqualTo("3273010505050042");
    }

    @Test
    void refusesTheTenThousandthNikOfADay() {
        jdbc.sql("INSERT INTO nik_counter (prefix, last_serial) VALUES ('327305010180', 9999)").update();
        assertThatThrownBy(() -> issue("32.73.05", LocalDate.of(1980, 1, 1), Sex.LAKI_LAKI))
                .isInstanceOf(InvalidNikException.class).hasMessageContaining("taken");
    }

    @Test
    void manyConcurrentRequestsNeverGetTheSameNikOrKk() throws Exception {
        int threads = 16;
        int perThread = 25;
        LocalDate born = LocalDate.of(1988, 8, 8);
        LocalDate issued = LocalDate.of(2026, 11, 20);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<String>> worker = () -> {
                    start.await();
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(issue("32.73.01", born, Sex.PEREMPUAN));
                        mine.add(tx.execute(s -> issuer.issueKk("32.73.01", issued)));
                    }
                    return mine;
                };
                futures.add(pool.submit(worker));
            }
            start.countDown();
            Set<String> niks = new HashSet<>();
            Set<String> kks = new HashSet<>();
            for (Future<List<String>> f : futures) {
                List<String> got = f.get();
                for (int i = 0; i < got.size(); i += 2) {
                    assertThat(niks.add(got.get(i))).as("NIK %s issued twice", got.get(i)).isTrue();
                    assertThat(kks.add(got.get(i + 1))).as("KK %s issued twice", got.get(i + 1)).isTrue();
                }
            }
            int n = threads * perThread;
            assertThat(niks).hasSize(n).allMatch(nik -> nik.startsWith("327301480888"));
            assertThat(niks.stream().map(nik -> Integer.parseInt(nik.substring(12))).max(Integer::compare)).contains(n);
            assertThat(kks).hasSize(n).allMatch(kk -> kk.startsWith("327301201126"));
        } finally {
            pool.shutdownNow();
        }
    }

    private String issue(String kecamatan, LocalDate born, Sex sex) {
        return tx.execute(s -> issuer.issueNik(kecamatan, born, sex).value());
    }
}
