package id.ektp.enrollment.upload;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.ektp.accounts.Officer;
import id.ektp.accounts.Role;
import id.ektp.accounts.security.OfficerPrincipal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The transport's pages: the service point's outbox (its region's packets only, in the officer's
 * language), the station's enrolment, and central's stations page (system administrator) where a
 * registration shows its one-time code once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TransportPagesTest {

    static final OfficerPrincipal SUKASARI = officer("pelayanan.outbox", Role.SERVICE_OFFICER, "32.73.01", "KEC-327301");
    static final OfficerPrincipal ADMIN = officer("admin.outbox", Role.SYSTEM_ADMIN, "", "PUSAT");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static OfficerPrincipal officer(String username, Role role, String region, String office) {
        return new OfficerPrincipal(new Officer(username, "Uji " + username, role, region, office), "", true, null);
    }

    @Test
    void theOutboxListsTheRegionsPacketsWithTheirDeliveryAndCentralStatusInTheOfficersLanguage() throws Exception {
        UUID ours = queued("32.73.01", "MARYAM SUKASARI", "DELIVERED", "RECEIVED_AT_CENTRAL");
        UUID theirs = queued("32.73.02", "NENG COBLONG", "QUEUED", null);
        mvc.perform(get("/outbox").with(user(SUKASARI))).andExpect(status().isOk())
                .andExpect(content().string(containsString("MARYAM SUKASARI")))
                .andExpect(content().string(containsString("Diterima pusat")))
                .andExpect(content().string(containsString("RECEIVED_AT_CENTRAL")))
                .andExpect(content().string(not(containsString("NENG COBLONG"))));
        mvc.perform(get("/outbox").param("lang", "en").with(user(SUKASARI)))
                .andExpect(content().string(containsString("Received by central")));
        mvc.perform(get("/api/v1/outbox/" + ours).with(user(SUKASARI))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/outbox/" + theirs).with(user(SUKASARI))).andExpect(status().isNotFound());
    }

    @Test
    void centralsAdministratorRegistersAStationAndSeesItsCodeOnce() throws Exception {
        mvc.perform(post("/stations").param("stationId", "32.73.01-77").param("name", "Loket Keliling").with(user(ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kode sekali pakai untuk 32.73.01-77")))
                .andExpect(content().string(containsString("Menunggu pendaftaran stasiun")));
        mvc.perform(get("/stations").with(user(ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("32.73.01-77")))
                .andExpect(content().string(not(containsString("Kode sekali pakai untuk"))));
        mvc.perform(get("/stations").with(user(SUKASARI))).andExpect(status().isForbidden());
        mvc.perform(post("/stations").param("stationId", "32.73.01-78").param("name", "x").with(user(SUKASARI)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWrongCodeOnTheStationPageIsRefusedInTheOfficersLanguage() throws Exception {
        mvc.perform(get("/station").with(user(ADMIN))).andExpect(status().isOk()).andExpect(content().string(containsString("Stasiun layanan")));
        mvc.perform(post("/station").param("stationId", "32.73.01").param("code", "AAAA").with(user(ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ID stasiun terdiri dari kode kecamatan dan nomor")));
        mvc.perform(post("/station").param("stationId", "32.73.01-01").param("code", "AAAA").with(user(SUKASARI)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private UUID queued(String kecamatan, String name, String state, String centralStatus) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO packet_outbox (packet_id, station_id, kecamatan_code, nik, full_name, sealed, sealed_size, queued_by, queued_at,
                                           state, next_attempt_at, central_status)
                VALUES (?, ?, ?, '3273015403009999', ?, '\\x00', 1, 'test', ?, ?, ?, ?)""")
                .params(id, kecamatan + "-01", kecamatan, name, Timestamp.from(Instant.now()), state, Timestamp.from(Instant.now()), centralStatus)
                .update();
        return id;
    }
}
