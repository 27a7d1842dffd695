package id.ektp.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Who must hold a KTP: 17 or older, or married / ever married; a foreigner only with a valid ITAP. */
class WajibKtpRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void aCitizenFromTheDayTheyTurnSeventeen() {
        assertThat(rule(LocalDate.of(2009, 11, 21), MaritalStatus.BELUM_KAWIN, Citizenship.WNI, null)).isTrue();
        assertThat(rule(LocalDate.of(2009, 11, 22), MaritalStatus.BELUM_KAWIN, Citizenship.WNI, null)).isFalse();
    }

    @Test
    void aMarriedOrEverMarriedCitizenAtAnyAge() {
        LocalDate sixteen = LocalDate.of(2010, 5, 1);
        assertThat(rule(sixteen, MaritalStatus.KAWIN, Citizenship.WNI, null)).isTrue();
        assertThat(rule(sixteen, MaritalStatus.CERAI_HIDUP, Citizenship.WNI, null)).isTrue();
        assertThat(rule(sixteen, MaritalStatus.CERAI_MATI, Citizenship.WNI, null)).isTrue();
        assertThat(rule(sixteen, MaritalStatus.BELUM_KAWIN, Citizenship.WNI, null)).isFalse();
    }

    @Test
    void aForeignerOnlyWhileTheirItapIsValid() {
        LocalDate adult = LocalDate.of(1980, 1, 1);
        assertThat(rule(adult, MaritalStatus.KAWIN, Citizenship.WNA, TODAY)).isTrue();
        assertThat(rule(adult, MaritalStatus.KAWIN, Citizenship.WNA, TODAY.minusDays(1))).isFalse();
        assertThat(rule(adult, MaritalStatus.KAWIN, Citizenship.WNA, null)).isFalse();
        assertThat(rule(LocalDate.of(2012, 1, 1), MaritalStatus.BELUM_KAWIN, Citizenship.WNA, TODAY.plusYears(3))).isFalse();
    }

    private static boolean rule(LocalDate born, MaritalStatus marital, Citizenship citizenship, LocalDate itapExpiry) {
        return WajibKtpRule.applies(born, marital, citizenship, itapExpiry, TODAY);
    }
}
