package id.ektp.registry.regions;


import id.ektp.accounts.SystemActor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The region CSV import: good, idempotent, renaming, refusing a bad line whole, and the full official list. */
@SpringBootTest
@ActiveProfiles("test")
class RegionImportTest {

    @Autowired
    RegionImport importer;
    @Autowired
    RegionCatalog regions;
    @Autowired
    JdbcClient jdbc;

    static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static final String TEST_PROVINCE = """
            code,name
            41,Provinsi Uji
            41.71,Kota Uji
            41.71.01,Kecamatan Uji
            41.71.01.1001,Kelurahan Satu
            41.71.01.1002,"Kelurahan Dua, Lama"
            """;

    @Test
    void importsAGoodFileAndASecondImportChangesNothing() {
        RegionImport.Result first = SystemActor.call("test", () -> importer.importCsv(csv(TEST_PROVINCE), "test", Progress.NONE));
        assertThat(first.rows()).isEqualTo(5);
        assertThat(first.inserted()).isEqualTo(5);
        assertThat(regions.find("41.71.01.1002")).get()
                .extracting(Region::name, Region::level, Region::parentCode)
                .containsExactly("Kelurahan Dua, Lama", RegionLevel.DESA_KELURAHAN, "41.71.01");

        RegionImport.Result second = SystemActor.call("test", () -> importer.importCsv(csv(TEST_PROVINCE), "test", Progress.NONE));
        assertThat(second.inserted()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(5);
    }

    @Test
    void aRenamedRegionIsUpdated() {
        SystemActor.call("test", () -> importer.importCsv(csv(TEST_PROVINCE.replace("41", "42")), "test", Progress.NONE));
        RegionImport.Result renamed = SystemActor.call("test", () -> importer.importCsv(csv("""
                42,Provinsi Uji
                42.71,Kota Uji Baru
                """), "test", Progress.NONE));
        assertThat(renamed.updated()).isEqualTo(1);
        assertThat(renamed.unchanged()).isEqualTo(1);
        assertThat(regions.find("42.71").orElseThrow().name()).isEqualTo("Kota Uji Baru");
    }

    @Test
    void aMalformedLineIsReportedWithItsNumberAndNothingIsStored() {
        long before = regions.count();
        String bad = """
                code,name
                43,Provinsi Uji Tiga
                43.01,Kabupaten Uji
                43.01.01,Kecamatan Uji
                43.01.01.10O1,Desa Salah
                43.01.01.1002,Desa Benar
                """;
        assertThatThrownBy(() -> SystemActor.call("test", () -> importer.importCsv(csv(bad), "test", Progress.NONE)))
                .isInstanceOf(RegionImportException.class)
                .hasMessageContaining("line 5")
                .satisfies(e -> assertThat(((RegionImportException) e).lineNumber()).isEqualTo(5));
        assertThat(regions.count()).isEqualTo(before);
        assertThat(regions.find("43")).isEmpty();
    }

    @Test
    void refusesEachKindOfBadLine() {
        assertLine("44,Provinsi Uji\n44.01,Kabupaten Uji\n44.01.01\n", 3, "expected 2 fields");
        assertLine("44,Provinsi Uji\n44.01,\n", 2, "no name");
        assertLine("44,Provinsi Uji\n44,Provinsi Uji\n", 2, "twice");
        assertLine("44,Provinsi Uji\n44.02.01,Kecamatan Yatim\n", 2, "parent region 44.02");
        assertLine("44,\"Provinsi Uji\n", 1, "quote");
        assertLine("44,Provinsi Uji\n44.01," + "x".repeat(201) + "\n", 2, "longer than");
        assertLine("44,Provinsi Uji\n44.1,Kabupaten Uji\n", 2, "not a region code");
        assertThat(regions.find("44")).isEmpty();
    }

    private void assertLine(String text, long line, String reason) {
        assertThatThrownBy(() -> SystemActor.call("test", () -> importer.importCsv(csv(text), "test", Progress.NONE)))
                .isInstanceOf(RegionImportException.class)
                .hasMessageContaining("line " + line + ":")
                .hasMessageContaining(reason);
    }

    @Test
    void importsTheFullOfficialListOnceAndAgainWithoutChange() throws Exception {
        Path wilayah = Path.of(System.getProperty("ektp.shared.data", "../shared/data"), "regions", "wilayah.csv");
        assumeTrue(Files.isRegularFile(wilayah), "shared data not present: " + wilayah + " (skipping the full import)");
        RegionImport.Result result;
        try (InputStream in = Files.newInputStream(wilayah)) {
            result = SystemActor.call("test", () -> importer.importCsv(in, wilayah.toString(), Progress.NONE));
        }
        assertThat(result.rows()).isEqualTo(91_599);
        assertThat(result.millis()).as("import time (ms)").isPositive();
        // The official counts per level (Kepmendagri 300.2.2-2138/2025); province codes 41-44 are this test's own.
        Map<RegionLevel, Long> levels = jdbc.sql("SELECT level, count(*) FROM region WHERE code NOT LIKE '4%' GROUP BY level")
                .query((rs, n) -> Map.entry(RegionLevel.ofDepth(rs.getInt(1)), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(levels).containsExactlyInAnyOrderEntriesOf(Map.of(RegionLevel.PROVINSI, 38L, RegionLevel.KABUPATEN_KOTA, 514L,
                RegionLevel.KECAMATAN, 7_285L, RegionLevel.DESA_KELURAHAN, 83_762L));
        try (InputStream in = Files.newInputStream(wilayah)) {
            RegionImport.Result again = SystemActor.call("test", () -> importer.importCsv(in, wilayah.toString(), Progress.NONE));
            assertThat(again.inserted() + again.updated()).isZero();
        }
    }
}
