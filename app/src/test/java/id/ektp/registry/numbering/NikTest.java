package id.ektp.registry.numbering;

import id.ektp.registry.Sex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The structural NIK rules: 16 digits, kecamatan code, birth date (+40 for women), serial from 0001. */
class NikTest {

    @Test
    void readsKecamatanBirthDateSexAndSerial() {
        Nik man = Nik.parse("3273011708450001");
        assertThat(man.kecamatanCode()).isEqualTo("32.73.01");
        assertThat(man.birthDate()).isEqualTo(LocalDate.of(1945, 8, 17));
        assertThat(man.sex()).isEqualTo(Sex.LAKI_LAKI);
        assertThat(man.serial()).isEqualTo(1);

        Nik woman = Nik.parse("3273015702040123");
        assertThat(woman.birthDate()).isEqualTo(LocalDate.of(2004, 2, 17));
        assertThat(woman.sex()).isEqualTo(Sex.PEREMPUAN);
        assertThat(woman.serial()).isEqualTo(123);
        assertThat(woman.fits(LocalDate.of(2004, 2, 17), Sex.PEREMPUAN)).isTrue();
        assertThat(woman.fits(LocalDate.of(2004, 2, 17), Sex.LAKI_LAKI)).isFalse();
    }

    @Test
    void refusesEachBrokenRuleWithItsReason() {
        assertReason("327301170845000", "16 digits");
        assertReason("32730117084500012", "16 digits");
        assertReason("32730117O8450001", "16 digits");
        assertReason("0073011708450001", "kecamatan code");
        assertReason("3273001708450001", "kecamatan code");
        assertReason("3273013208450001", "birth day");
        assertReason("3273017208450001", "birth day");
        assertReason("3273010008450001", "birth day");
        assertReason("3273011713450001", "birth month");
        assertReason("3273013002990001", "not a real birth date");
        assertReason("3273017002990001", "not a real birth date");
        assertReason("3273011708450000", "serial");
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryOnlyInALeapYear() {
        assertThat(Nik.parse("3273012902000001").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(Nik.parse("3273016902040001").birthDate()).isEqualTo(LocalDate.of(2004, 2, 29));
        assertReason("3273012902010001", "not a real birth date");
    }

    private static void assertReason(String nik, String reason) {
        assertThatThrownBy(() -> Nik.parse(nik)).isInstanceOf(InvalidNikException.class).hasMessageContaining(reason);
    }
}
