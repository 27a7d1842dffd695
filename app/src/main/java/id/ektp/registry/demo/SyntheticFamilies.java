package id.ektp.registry.demo;

import id.ektp.registry.BloodGroup;
import id.ektp.registry.Citizenship;
import id.ektp.registry.FamilyRelation;
import id.ektp.registry.KtpStatus;
import id.ektp.registry.MaritalStatus;
import id.ektp.registry.Religion;
import id.ektp.registry.Resident;
import id.ektp.registry.Sex;
import id.ektp.registry.WajibKtpRule;
import id.ektp.registry.numbering.Nik;
import id.ektp.registry.numbering.NumberIssuer;
import id.ektp.registry.regions.RegionLevel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Builds plausible synthetic families: a head of family with spouse and children, sometimes a
 * widowed parent, sometimes one person alone, now and then a foreigner with a stay permit; ages,
 * marital statuses, religions (by province), occupations and e-KTP statuses that fit. NIK and KK
 * serials come from the counters handed in, which start above everything stored.
 */
public final class SyntheticFamilies {

    record Family(String kkNumber, String desaCode, LocalDate issuedOn, List<Resident> members) {
    }

    private static final String[] STREETS = {"Merdeka", "Sudirman", "Diponegoro", "Ahmad Yani", "Gatot Subroto",
            "Pahlawan", "Siliwangi", "Pemuda", "Veteran", "Kartini", "Cendrawasih", "Melati", "Mawar", "Kenanga",
            "Flamboyan", "Pasar Baru", "Raya Timur", "Masjid", "Sekolah", "Kebon Kopi", "Cibeunying", "Sukajadi"};
    private static final String[] MEN_WORK = {"WIRASWASTA", "KARYAWAN SWASTA", "PETANI/PEKEBUN", "BURUH HARIAN LEPAS",
            "PEDAGANG", "PEGAWAI NEGERI SIPIL", "NELAYAN/PERIKANAN", "GURU", "SOPIR", "TUKANG BANGUNAN", "KARYAWAN BUMN"};
    private static final String[] WOMEN_WORK = {"MENGURUS RUMAH TANGGA", "MENGURUS RUMAH TANGGA", "MENGURUS RUMAH TANGGA",
            "WIRASWASTA", "KARYAWAN SWASTA", "PEDAGANG", "GURU", "PEGAWAI NEGERI SIPIL", "PERAWAT", "PETANI/PEKEBUN"};
    private static final BloodGroup[] BLOOD = {BloodGroup.O, BloodGroup.O, BloodGroup.O, BloodGroup.O_POS, BloodGroup.A,
            BloodGroup.A, BloodGroup.A_POS, BloodGroup.B, BloodGroup.B, BloodGroup.B_POS, BloodGroup.AB, BloodGroup.TIDAK_TAHU,
            BloodGroup.TIDAK_TAHU, BloodGroup.TIDAK_TAHU, BloodGroup.TIDAK_TAHU};

    private final RandomGenerator random;
    private final PopulationSpread spread;
    private final LocalDate today;
    private final Map<Long, Integer> nikSerials;
    private final Map<Long, Integer> kkSerials;

    SyntheticFamilies(RandomGenerator random, PopulationSpread spread, LocalDate today, Map<Long, Integer> nikSerials,
            Map<Long, Integer> kkSerials) {
        this.random = random;
        this.spread = spread;
        this.today = today;
        this.nikSerials = nikSerials;
        this.kkSerials = kkSerials;
    }

    Family next() {
        PopulationSpread.Place place = spread.pick(random);
        String desa = IndonesianNames.pick(random, place.desaCodes());
        String kecamatan = RegionLevel.parentOf(desa);
        String province = desa.substring(0, 2);
        boolean bali = province.equals("51");
        Religion religion = religion(province);
        Address address = new Address(desa, "Jl. " + IndonesianNames.pick(random, STREETS) + " No. " + (1 + random.nextInt(250)),
                String.format("%03d", 1 + random.nextInt(15)), String.format("%03d", 1 + random.nextInt(12)));
        List<Resident> members = new ArrayList<>(6);
        double kind = random.nextDouble();
        int headAge;
        if (kind < 0.001) {
            headAge = 25 + random.nextInt(45);
            members.add(foreigner(address, kecamatan, headAge));
        } else if (kind < 0.12) {
            headAge = 20 + random.nextInt(66);
            Sex sex = random.nextBoolean() ? Sex.LAKI_LAKI : Sex.PEREMPUAN;
            MaritalStatus status = headAge < 30 ? MaritalStatus.BELUM_KAWIN
                    : switch (random.nextInt(10)) {
                        case 0, 1 -> MaritalStatus.BELUM_KAWIN;
                        case 2, 3, 4 -> MaritalStatus.CERAI_HIDUP;
                        default -> MaritalStatus.CERAI_MATI;
                    };
            members.add(person(address, kecamatan, place, sex, headAge, status, FamilyRelation.KEPALA_KELUARGA, religion, bali));
        } else {
            headAge = 22 + (int) (53 * Math.pow(random.nextDouble(), 1.2));
            int wifeAge = Math.max(18, headAge - 8 + random.nextInt(11));
            members.add(person(address, kecamatan, place, Sex.LAKI_LAKI, headAge, MaritalStatus.KAWIN,
                    FamilyRelation.KEPALA_KELUARGA, religion, bali));
            members.add(person(address, kecamatan, place, Sex.PEREMPUAN, wifeAge, MaritalStatus.KAWIN, FamilyRelation.ISTRI,
                    religion, bali));
            int children = children();
            int oldest = Math.min(wifeAge - 18, 30);
            for (int i = 0; i < children && oldest >= 0; i++) {
                members.add(person(address, kecamatan, place, random.nextBoolean() ? Sex.LAKI_LAKI : Sex.PEREMPUAN,
                        random.nextInt(oldest + 1), MaritalStatus.BELUM_KAWIN, FamilyRelation.ANAK, religion, bali));
            }
            if (random.nextDouble() < 0.08 && headAge + 22 <= 95) {
                members.add(person(address, kecamatan, place, Sex.PEREMPUAN, Math.min(95, headAge + 22 + random.nextInt(14)),
                        MaritalStatus.CERAI_MATI, FamilyRelation.ORANG_TUA, religion, bali));
            }
        }
        LocalDate issuedOn = today.minusDays(random.nextInt(Math.max(1, Math.min(headAge - 17, 20)) * 365 + 1));
        String kk = kkNumber(kecamatan, issuedOn);
        List<Resident> withKk = new ArrayList<>(members.size());
        for (Resident r : members) {
            withKk.add(new Resident(r.nik(), r.fullName(), r.birthPlace(), r.birthDate(), r.sex(), r.bloodGroup(), r.religion(),
                    r.maritalStatus(), r.occupation(), r.citizenship(), r.itapNumber(), r.itapExpiry(), r.street(), r.rt(),
                    r.rw(), r.desaCode(), kk, r.familyRelation(), r.phone(), r.ktpStatus()));
        }
        return new Family(kk, desa, issuedOn, withKk);
    }

    private record Address(String desa, String street, String rt, String rw) {
    }

    private int children() {
        double x = random.nextDouble();
        return x < 0.15 ? 0 : x < 0.40 ? 1 : x < 0.70 ? 2 : x < 0.87 ? 3 : x < 0.96 ? 4 : 5;
    }

    private Resident person(Address a, String kecamatan, PopulationSpread.Place place, Sex sex, int age, MaritalStatus marital,
            FamilyRelation relation, Religion religion, boolean bali) {
        LocalDate born = today.minusYears(age).minusDays(random.nextInt(365));
        String birthPlace = birthPlace(random.nextDouble() < 0.8 ? place : spread.any(random));
        String work = age < 5 ? "BELUM/TIDAK BEKERJA" : age < 19 || (age < 23 && random.nextBoolean()) ? "PELAJAR/MAHASISWA"
                : age >= 65 ? (random.nextBoolean() ? "PENSIUNAN" : "BELUM/TIDAK BEKERJA")
                : IndonesianNames.pick(random, sex == Sex.LAKI_LAKI ? MEN_WORK : WOMEN_WORK);
        boolean wajib = WajibKtpRule.applies(born, marital, Citizenship.WNI, null, today);
        String phone = age >= 17 && random.nextDouble() < 0.7 ? "08" + (11 + random.nextInt(88)) + String.format("%08d", random.nextInt(100_000_000)) : null;
        return new Resident(nik(kecamatan, born, sex), IndonesianNames.person(random, sex, bali), birthPlace, born, sex,
                IndonesianNames.pick(random, BLOOD), religion, marital, work, Citizenship.WNI, null, null, a.street(), a.rt(), a.rw(),
                a.desa(), null, relation, phone, wajib ? ktpStatus() : KtpStatus.NONE);
    }

    private Resident foreigner(Address a, String kecamatan, int age) {
        Sex sex = random.nextBoolean() ? Sex.LAKI_LAKI : Sex.PEREMPUAN;
        LocalDate born = today.minusYears(age).minusDays(random.nextInt(365));
        LocalDate itapExpiry = today.minusDays(365).plusDays(random.nextInt(6 * 365));
        boolean wajib = WajibKtpRule.applies(born, MaritalStatus.BELUM_KAWIN, Citizenship.WNA, itapExpiry, today);
        return new Resident(nik(kecamatan, born, sex), IndonesianNames.foreigner(random), "LUAR NEGERI", born, sex,
                BloodGroup.TIDAK_TAHU, Religion.KRISTEN, MaritalStatus.BELUM_KAWIN, "KARYAWAN SWASTA", Citizenship.WNA,
                "2C" + String.format("%08d", random.nextInt(100_000_000)), itapExpiry, a.street(), a.rt(), a.rw(), a.desa(),
                null, FamilyRelation.KEPALA_KELUARGA, null, wajib ? ktpStatus() : KtpStatus.NONE);
    }

    private KtpStatus ktpStatus() {
        double x = random.nextDouble();
        return x < 0.86 ? KtpStatus.ISSUED : x < 0.91 ? KtpStatus.IN_PROCESS : KtpStatus.NONE;
    }

    private static String birthPlace(PopulationSpread.Place place) {
        return place.kabupatenName().toUpperCase().replaceFirst("^(KABUPATEN|KOTA) ", "");
    }

    private Religion religion(String province) {
        double x = random.nextDouble();
        return switch (province) {
            case "51" -> x < 0.87 ? Religion.HINDU : x < 0.97 ? Religion.ISLAM : Religion.KRISTEN;
            case "53" -> x < 0.54 ? Religion.KATHOLIK : x < 0.89 ? Religion.KRISTEN : Religion.ISLAM;
            case "71" -> x < 0.63 ? Religion.KRISTEN : x < 0.94 ? Religion.ISLAM : Religion.KATHOLIK;
            case "91", "92", "93", "94", "95", "96" -> x < 0.65 ? Religion.KRISTEN : x < 0.80 ? Religion.KATHOLIK : Religion.ISLAM;
            case "12" -> x < 0.64 ? Religion.ISLAM : x < 0.91 ? Religion.KRISTEN : x < 0.97 ? Religion.KATHOLIK : Religion.BUDHA;
            default -> x < 0.94 ? Religion.ISLAM : x < 0.97 ? Religion.KRISTEN : x < 0.985 ? Religion.KATHOLIK
                    : x < 0.993 ? Religion.BUDHA : x < 0.997 ? Religion.HINDU : x < 0.998 ? Religion.KHONGHUCU : Religion.KEPERCAYAAN;
        };
    }

    private String nik(String kecamatan, LocalDate born, Sex sex) {
        String prefix = Nik.prefix(kecamatan, born, sex);
        int serial = nikSerials.merge(Long.parseLong(prefix), 1, Integer::sum);
        if (serial > NumberIssuer.MAX_SERIAL) {
            throw new IllegalStateException("all NIK serials of prefix " + prefix + " are taken");
        }
        return prefix + String.format("%04d", serial);
    }

    private String kkNumber(String kecamatan, LocalDate issuedOn) {
        String prefix = kecamatan.replace(".", "")
                + String.format("%02d%02d%02d", issuedOn.getDayOfMonth(), issuedOn.getMonthValue(), issuedOn.getYear() % 100);
        int serial = kkSerials.merge(Long.parseLong(prefix), 1, Integer::sum);
        if (serial > NumberIssuer.MAX_SERIAL) {
            throw new IllegalStateException("all KK serials of prefix " + prefix + " are taken");
        }
        return prefix + String.format("%04d", serial);
    }
}
