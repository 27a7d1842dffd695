package id.ektp.registry;

import id.ektp.registry.regions.Progress;
import id.ektp.registry.demo.PopulationGenerator;
import id.ektp.registry.regions.BuiltInRegions;

import id.ektp.accounts.SystemActor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.ektp.accounts.Role;
import id.ektp.accounts.security.OfficerPrincipal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The registry pages render in Bahasa Indonesia, stay inside the officer's region, and report bad imports. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RegistryPagesTest {

    static final OfficerPrincipal ANDIR = TestOfficers.officer("pages.andir", Role.SERVICE_OFFICER, "32.73.05");
    static final OfficerPrincipal SUKASARI = TestOfficers.officer("pages.sukasari", Role.SERVICE_OFFICER, "32.73.01");
    static final OfficerPrincipal ADMIN = TestOfficers.officer("pages.admin", Role.SYSTEM_ADMIN, "");

    @Autowired
    MockMvc mvc;
    @Autowired
    BuiltInRegions builtIn;
    @Autowired
    PopulationGenerator generator;
    @Autowired
    JdbcClient jdbc;

    String nik;

    @BeforeEach
    void population() {
        builtIn.load();
        if (jdbc.sql("SELECT count(*) FROM resident WHERE desa_code LIKE '32.73.05.%'").query(Long.class).single() < 100) {
            SystemActor.call("test", () -> generator.generate(300, 7, PopulationGenerator.Method.COPY, Progress.NONE, "32.73.05"));
        }
        nik = jdbc.sql("SELECT nik FROM resident WHERE desa_code LIKE '32.73.05.%' AND family_relation = 'KEPALA_KELUARGA' ORDER BY nik LIMIT 1")
                .query(String.class).single();
    }

    @Test
    void searchFindsAResidentAndTheDetailShowsFamilyAndHistory() throws Exception {
        String name = jdbc.sql("SELECT full_name FROM resident WHERE nik = ?").param(nik).query(String.class).single();
        mvc.perform(get("/residents").param("q", name.toLowerCase()).with(user(ANDIR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cari Penduduk")))
                .andExpect(content().string(containsString(nik)));
        mvc.perform(get("/residents/" + nik).with(user(ANDIR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Anggota Keluarga")))
                .andExpect(content().string(containsString("Riwayat Perubahan")));
        mvc.perform(get("/residents/" + nik).param("lang", "en").with(user(ANDIR)))
                .andExpect(content().string(containsString("Family members")));
    }

    @Test
    void anotherKecamatanSeesNothing() throws Exception {
        mvc.perform(get("/residents").param("q", nik).with(user(SUKASARI)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0 penduduk ditemukan")))
                .andExpect(content().string(not(containsString("/residents/" + nik))));
        mvc.perform(get("/residents/" + nik).with(user(SUKASARI))).andExpect(status().isNotFound());
        mvc.perform(get("/wajib-ktp").param("kecamatan", "32.73.05").with(user(SUKASARI))).andExpect(status().isForbidden());
    }

    @Test
    void wajibKtpListOfTheOfficersKecamatan() throws Exception {
        mvc.perform(get("/wajib-ktp").with(user(ANDIR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Andir (32.73.05)")))
                .andExpect(content().string(containsString("penduduk wajib KTP")))
                .andExpect(content().string(containsString("Sudah memiliki")));
    }

    @Test
    void regionImportPageReportsTheBadLine() throws Exception {
        MockMultipartFile bad = new MockMultipartFile("file", "wilayah.csv", "text/csv",
                "45,Provinsi Uji\n45.01,Kabupaten Uji\n45.01.1,Salah\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/regions").file(bad).with(user(ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Baris 3: &#39;45.01.1&#39; bukan kode wilayah")))
                .andExpect(content().string(not(containsString("line 3"))));
        mvc.perform(multipart("/admin/regions").file(bad).param("lang", "en").with(user(ADMIN)).with(csrf()))
                .andExpect(content().string(containsString("Line 3: &#39;45.01.1&#39; is not a region code")));
        MockMultipartFile good = new MockMultipartFile("file", "wilayah.csv", "text/csv",
                "45,Provinsi Uji\n45.01,Kabupaten Uji\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/regions").file(good).with(user(ADMIN)).with(csrf()))
                .andExpect(content().string(containsString("2 baris: 2 baru")));
        mvc.perform(get("/admin/regions").with(user(ANDIR))).andExpect(status().isForbidden());
        mvc.perform(get("/residents").with(user(ADMIN))).andExpect(content().string(containsString("id=\"link-regions\"")));
        mvc.perform(get("/residents").with(user(ANDIR))).andExpect(content().string(not(containsString("id=\"link-regions\""))));
    }

    static final OfficerPrincipal NATIONAL = TestOfficers.officer("pages.national", Role.DATA_CENTRE_OFFICER, "");
    static final OfficerPrincipal KOTA_BANDUNG = TestOfficers.officer("pages.bandung", Role.DINAS_ADMIN, "32.73");

    @Test
    void searchErrorsAreInTheLanguageOfThePage() throws Exception {
        mvc.perform(get("/residents").param("q", "12345").param("by", "NIK").with(user(ANDIR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nomor NIK terdiri dari tepat 16 angka.")))
                .andExpect(content().string(not(containsString("digits"))));
        mvc.perform(get("/residents").param("q", "12345").param("by", "KK").param("lang", "en").with(user(ANDIR)))
                .andExpect(content().string(containsString("A KK number has exactly 16 digits.")));
        mvc.perform(get("/wajib-ktp").param("kecamatan", "32.7").with(user(NATIONAL)))
                .andExpect(content().string(containsString("&#39;32.7&#39; bukan kode Kecamatan (contoh: 32.73.01).")));
    }

    @Test
    void theHistoryNamesFieldsAndValuesInThePagesLanguage() throws Exception {
        jdbc.sql("INSERT INTO resident_history (nik, changed_by, field, old_value, new_value) VALUES (?, 'pages.test', ?, ?, ?)")
                .params(nik, "maritalStatus", "BELUM_KAWIN", "CERAI_HIDUP").update();
        jdbc.sql("INSERT INTO resident_history (nik, changed_by, field, old_value, new_value) VALUES (?, 'pages.test', ?, ?, ?)")
                .params(nik, "birthDate", "2001-08-17", "2001-08-18").update();
        mvc.perform(get("/residents/" + nik).with(user(ANDIR)))
                .andExpect(content().string(containsString("<td>Status Perkawinan</td>")))
                .andExpect(content().string(containsString("<td>Belum Kawin</td>")))
                .andExpect(content().string(containsString("<td>Cerai Hidup</td>")))
                .andExpect(content().string(containsString("<td>Tanggal Lahir</td>")))
                .andExpect(content().string(containsString("<td>17-08-2001</td>")))
                .andExpect(content().string(not(containsString("maritalStatus"))))
                .andExpect(content().string(not(containsString("CERAI_HIDUP"))));
        mvc.perform(get("/residents/" + nik).param("lang", "en").with(user(ANDIR)))
                .andExpect(content().string(containsString("<td>Marital status</td>")))
                .andExpect(content().string(containsString("<td>Divorced</td>")));
    }

    @Test
    void theFamilyTableShowsBirthPlaceAndDateAndTheSearchShowsTheDesaByName() throws Exception {
        record Member(String nik, String birthPlace, java.time.LocalDate birthDate, String desaCode, String desaName) {
        }
        Member member = jdbc.sql("""
                        SELECT r.nik, r.birth_place, r.birth_date, r.desa_code, d.name FROM resident r JOIN region d ON d.code = r.desa_code
                        WHERE r.kk_number = (SELECT kk_number FROM resident WHERE nik = ?) AND r.nik <> ? LIMIT 1""")
                .params(nik, nik)
                .query((rs, n) -> new Member(rs.getString(1), rs.getString(2), rs.getObject(3, java.time.LocalDate.class),
                        rs.getString(4), rs.getString(5)))
                .single();
        String birth = member.birthPlace() + ", " + member.birthDate().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        mvc.perform(get("/residents/" + nik).with(user(ANDIR)))
                .andExpect(content().string(containsString("<td>" + birth + "</td>")));
        mvc.perform(get("/residents").param("q", member.nik()).with(user(ANDIR)))
                .andExpect(content().string(containsString("<td>" + member.desaName() + " (" + member.desaCode() + ")</td>")));
        mvc.perform(get("/wajib-ktp").with(user(ANDIR)))
                .andExpect(content().string(containsString(" (" + member.desaCode().substring(0, 8))))
                .andExpect(content().string(not(containsString("<td>" + member.desaCode() + "</td>"))));
    }

    @Test
    void nationalAndKabupatenOfficersPickTheKecamatanFromAList() throws Exception {
        mvc.perform(get("/wajib-ktp").with(user(NATIONAL)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<select id=\"kabupaten\" name=\"kabupaten\">")))
                .andExpect(content().string(containsString(">Kota Bandung (32.73)</option>")))
                .andExpect(content().string(not(containsString(">Andir (32.73.05)</option>"))));
        mvc.perform(get("/wajib-ktp").param("kabupaten", "32.73").with(user(NATIONAL)))
                .andExpect(content().string(containsString("<select id=\"kecamatan\" name=\"kecamatan\">")))
                .andExpect(content().string(containsString(">Andir (32.73.05)</option>")))
                .andExpect(content().string(not(containsString("id=\"wajib\""))));
        mvc.perform(get("/wajib-ktp").param("kabupaten", "32.73").param("kecamatan", "32.73.05").with(user(NATIONAL)))
                .andExpect(content().string(containsString("id=\"wajib\"")))
                .andExpect(content().string(containsString("penduduk wajib KTP")));
        mvc.perform(get("/wajib-ktp").with(user(KOTA_BANDUNG)))
                .andExpect(content().string(not(containsString("id=\"kabupaten\""))))
                .andExpect(content().string(containsString(">Andir (32.73.05)</option>")));
    }
}
