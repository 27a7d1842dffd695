package id.ektp.accounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.ektp.accounts.officers.AccountSeeder;
import id.ektp.accounts.officers.OfficeKind;
import id.ektp.accounts.security.OfficerPrincipal;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The officer pages say what is wrong with a form in the page's language, Bahasa Indonesia first; the
 * API keeps answering the same mistakes in English whatever language cookie the caller holds.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OfficerPagesLanguageTest {

    static final OfficerPrincipal ADMIN = new OfficerPrincipal(
            new Officer("lang.admin", "Admin Bahasa", Role.SYSTEM_ADMIN, "", "PUSAT"), "", true, null);

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountSeeder seeder;

    @BeforeEach
    void offices() {
        seeder.ensureOffice("PUSAT", "Pusat Data", OfficeKind.DATA_CENTRE, "");
        seeder.ensureOffice("KEC-327301", "Kecamatan Sukasari", OfficeKind.KECAMATAN_SERVICE_POINT, "32.73.01");
    }

    @Test
    void aRefusedNewOfficerIsExplainedInBahasaIndonesiaOrInEnglish() throws Exception {
        var form = post("/admin/officers").with(user(ADMIN)).with(csrf())
                .param("username", "X!").param("fullName", " ").param("role", "OPERATOR")
                .param("regionCode", "32.73.01").param("officeCode", "KEC-327301").param("password", "pendek");
        mvc.perform(form)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>Nama pengguna</strong>: <span>harus 3-64 huruf kecil")))
                .andExpect(content().string(containsString("<strong>Kata sandi awal</strong>: <span>harus 10 sampai 128 karakter</span>")))
                .andExpect(content().string(containsString("<strong>Nama lengkap</strong>: <span>tidak boleh kosong</span>")))
                .andExpect(content().string(not(containsString("must"))));
        mvc.perform(form.param("lang", "en"))
                .andExpect(content().string(containsString("<strong>Username</strong>: <span>must be 3-64 lower-case letters")))
                .andExpect(content().string(containsString("<span>must not be blank</span>")));
    }

    @Test
    void aWrongOfficeForTheRoleIsExplainedInBahasaIndonesia() throws Exception {
        mvc.perform(post("/admin/officers").with(user(ADMIN)).with(csrf())
                        .param("username", "lang-operator").param("fullName", "Operator").param("role", "OPERATOR")
                        .param("regionCode", "32.73.01").param("officeCode", "PUSAT").param("password", "kata sandi panjang"))
                .andExpect(content().string(containsString(
                        "Petugas Operator bekerja di kantor jenis Tempat pelayanan kecamatan, bukan Pusat data.")));
    }

    @Test
    void aMistypedRepeatPasswordIsExplainedInBahasaIndonesia() throws Exception {
        mvc.perform(post("/account/password").with(user(ADMIN)).with(csrf())
                        .param("currentPassword", "whatever it is").param("newPassword", "kata sandi baru sekali")
                        .param("repeatPassword", "kata sandi baru sekalu"))
                .andExpect(content().string(containsString("tidak sama dengan kata sandi baru")));
    }

    @Test
    void theApiAnswersInEnglishWhateverTheLanguageCookie() throws Exception {
        mvc.perform(post("/api/v1/officers").with(user(ADMIN)).cookie(new Cookie("EKTP_LANG", "id"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "X!", "fullName": "Operator", "role": "OPERATOR", "regionCode": "32.73.01",
                                 "officeCode": "KEC-327301", "password": "kata sandi panjang"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("username"))
                .andExpect(jsonPath("$.errors[0].reason").value("must be 3-64 lower-case letters, digits, '.', '_' or '-'"))
                .andExpect(jsonPath("$.errors[0].code").doesNotExist());
    }
}
