package id.ektp.registry;

import id.ektp.registry.residents.ResidentData;
import id.ektp.registry.residents.ResidentHistory;
import id.ektp.registry.residents.ResidentRegistry;

import id.ektp.accounts.SystemActor;
import org.springframework.security.access.AccessDeniedException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ektp.accounts.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** Later modules move a resident's e-KTP status through {@link Residents}; the wajib-KTP list marks it. */
@SpringBootTest
@ActiveProfiles("test")
class KtpStatusTest {

    @Autowired
    Residents residents;
    @Autowired
    ResidentRegistry registry;
    @Autowired
    WajibKtpList wajibKtp;
    @Autowired
    ResidentHistory history;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void signIn(String username, Role role, String region) {
        var officer = TestOfficers.officer(username, role, region);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(officer, null, officer.getAuthorities()));
    }

    @Test
    void statusMovesWithHistoryAndShowsOnTheList() {
        signIn("status.clerk", Role.SERVICE_OFFICER, "32.73.03");
        String nik = registry.register(new ResidentData(null, "Ujang Kurniawan", "Bandung", LocalDate.of(2000, 1, 1), Sex.LAKI_LAKI,
                BloodGroup.B, Religion.ISLAM, MaritalStatus.BELUM_KAWIN, "Wiraswasta", Citizenship.WNI, null, null,
                "Jl. Sukahaji 9", "001", "002", "32.73.03.1003", null, FamilyRelation.KEPALA_KELUARGA, null)).nik();

        residents.markKtpStatus(nik, KtpStatus.IN_PROCESS);
        assertThat(residents.findByNik(nik)).get().extracting(Resident::ktpStatus).isEqualTo(KtpStatus.IN_PROCESS);
        assertThat(wajibKtp.forKecamatan("32.73.03", false, 0, 500).items())
                .filteredOn(e -> e.nik().equals(nik)).singleElement()
                .satisfies(e -> assertThat(e.holdsOrInProcess()).isTrue());
        assertThat(wajibKtp.forKecamatan("32.73.03", true, 0, 500).items()).noneMatch(e -> e.nik().equals(nik));

        // with no officer signed in and no system work, nobody may move it
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> residents.markKtpStatus(nik, KtpStatus.ISSUED)).isInstanceOf(AccessDeniedException.class);

        // a later module's own process (an event listener, no officer signed in) acts as the system
        SystemActor.run("card issued listener", () -> residents.markKtpStatus(nik, KtpStatus.ISSUED));
        assertThat(history.of(nik)).anySatisfy(h -> {
            assertThat(h.field()).isEqualTo("ktpStatus");
            assertThat(h.newValue()).isEqualTo("ISSUED");
            assertThat(h.changedBy()).isEqualTo(SystemActor.NAME);
        });

        // an officer of another kecamatan cannot see or move it
        signIn("status.other", Role.SERVICE_OFFICER, "32.73.01");
        assertThat(residents.findByNik(nik)).isEmpty();
        assertThatThrownBy(() -> residents.markKtpStatus(nik, KtpStatus.NONE)).isInstanceOf(ResidentNotFoundException.class);
    }
}
