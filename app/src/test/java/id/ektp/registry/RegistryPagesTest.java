package id.ektp.registry;

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
            generator.generate(300, 7, PopulationGenerator.Method.COPY, Progress.NONE, "32.73.05");
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
                .andExpect(content().string(containsString("line 3")));
        MockMultipartFile good = new MockMultipartFile("file", "wilayah.csv", "text/csv",
                "45,Provinsi Uji\n45.01,Kabupaten Uji\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/regions").file(good).with(user(ADMIN)).with(csrf()))
                .andExpect(content().string(containsString("2 baris: 2 baru")));
        mvc.perform(get("/admin/regions").with(user(ANDIR))).andExpect(status().isForbidden());
        mvc.perform(get("/residents").with(user(ADMIN))).andExpect(content().string(containsString("id=\"link-regions\"")));
        mvc.perform(get("/residents").with(user(ANDIR))).andExpect(content().string(not(containsString("id=\"link-regions\""))));
    }
}
