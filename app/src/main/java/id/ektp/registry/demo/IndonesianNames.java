package id.ektp.registry.demo;

import id.ektp.registry.Sex;

import java.util.random.RandomGenerator;

/**
 * Plausible Indonesian names for synthetic residents: Javanese, Sundanese, Islamic, Christian and
 * modern given names, one to three words, in capitals as printed on the card; Balinese birth-order
 * names for Bali. Not real people: combinations are random.
 */
public final class IndonesianNames {

    private static final String[] MALE = {
            "AGUS", "BUDI", "BAMBANG", "JOKO", "SLAMET", "SUTRISNO", "HERU", "DEDI", "ASEP", "UJANG", "DADANG", "CECEP",
            "YUDI", "RUDI", "HENDRA", "ANDI", "RIZKY", "FAJAR", "AHMAD", "MUHAMMAD", "ABDUL", "HASAN", "IBRAHIM",
            "YUSUF", "ARIF", "IMAM", "TAUFIK", "HIDAYAT", "NUGROHO", "PRASETYO", "WAHYU", "EKO", "DWI", "TRI", "ADI",
            "DIMAS", "BAYU", "GILANG", "RAHMAT", "SURYA", "ILHAM", "FIRMAN", "IWAN", "DONI", "ROBERT", "YOHANES",
            "PAULUS", "MARKUS", "STEFANUS", "KEVIN", "REZA", "ALDI", "RAFI", "ARYA", "DANU", "GALIH", "TEGUH", "WAWAN",
            "SUPARMAN", "SUGENG", "KUSNADI", "MULYADI", "SAEPUL", "ENDANG", "ENCEP", "OMAN", "IRFAN", "FAISAL", "HARIS"};

    private static final String[] FEMALE = {
            "SITI", "SRI", "NUR", "DEWI", "RINA", "WATI", "YANTI", "LESTARI", "PUTRI", "AYU", "INDAH", "FITRI", "RATNA",
            "ENDAH", "NENENG", "EUIS", "IMAS", "CUCU", "NINING", "TUTI", "ANI", "RATIH", "DIAN", "NOVI", "MAYA", "RIRIN",
            "NURUL", "AISYAH", "FATIMAH", "KHADIJAH", "ZAHRA", "SALSABILA", "NABILA", "AULIA", "ANISA", "RAHMA",
            "HANA", "TIARA", "CITRA", "MEGA", "WULAN", "SARI", "YULIA", "MARIA", "ELISABETH", "THERESIA", "AGNES",
            "KRISTINA", "LUSIANA", "YOHANA", "SUSAN", "LINA", "MAULIDA", "HALIMAH", "KARTINI", "SUMIATI", "PARTINI",
            "SUMARNI", "UMI", "ROSITA", "NURHALIZA", "HERLINA", "YUNINGSIH", "KURNIASIH", "MULYANI", "RAHAYU"};

    private static final String[] SECOND_MALE = {
            "SANTOSO", "SAPUTRA", "PRATAMA", "WIJAYA", "KURNIAWAN", "HIDAYAT", "SETIAWAN", "GUNAWAN", "HERMAWAN",
            "SUPRIYADI", "SUHERMAN", "SUNANDAR", "RAMADHAN", "FIRMANSYAH", "NUGRAHA", "PERMANA", "MAULANA", "HAKIM",
            "SIREGAR", "NASUTION", "LUBIS", "HARAHAP", "SIMANJUNTAK", "PANJAITAN", "SITORUS", "TAMBUNAN", "MANURUNG",
            "PANGARIBUAN", "PAMUNGKAS", "SUSILO", "WIBOWO", "PRABOWO", "SETIADI", "ISKANDAR", "EFENDI", "SYAHPUTRA"};

    private static final String[] SECOND_FEMALE = {
            "LESTARI", "WULANDARI", "RAHAYU", "PERMATASARI", "PUSPITASARI", "KUSUMAWATI", "HANDAYANI", "SUSANTI",
            "MARLINA", "NURHAYATI", "SETIAWATI", "RAHMAWATI", "KARTIKA", "AMELIA", "OKTAVIANI", "PRATIWI", "ANGGRAENI",
            "MAHARANI", "SAFITRI", "UTAMI", "FEBRIANTI", "NOVITASARI", "RAMADHANI", "SIREGAR", "NASUTION", "LUBIS",
            "SIMANJUNTAK", "HUTAPEA", "DARLIAH", "MEIDA", "NURJANAH", "SOLIHAT", "KOMALASARI", "HASANAH", "MAESAROH"};

    private static final String[] BALI_ORDER = {"WAYAN", "PUTU", "MADE", "KADEK", "NYOMAN", "KOMANG", "KETUT"};
    private static final String[] BALI_GIVEN = {
            "SUDARSANA", "ARTAWAN", "SUASTIKA", "WIRAWAN", "ADNYANA", "SWASTIKA", "MAHENDRA", "DARMAYASA", "SUKADANA",
            "ASTITI", "ARIANI", "SUASTINI", "WIDIASTUTI", "PURNAMI", "DEWI", "SRI", "ARDANI", "SUPARTINI"};

    private static final String[] FOREIGN_FIRST = {"JOHN", "DAVID", "MICHAEL", "WEI", "HIROSHI", "ANNA", "EMMA", "YUKI", "MIN-JUN", "SOPHIE"};
    private static final String[] FOREIGN_LAST = {"SMITH", "MUELLER", "TANAKA", "KIM", "CHEN", "MARTIN", "JOHNSON", "NGUYEN", "ROSSI", "BROWN"};

    private IndonesianNames() {
    }

    static String person(RandomGenerator random, Sex sex, boolean bali) {
        if (bali) {
            String prefix = sex == Sex.LAKI_LAKI ? "I " : "NI ";
            return prefix + pick(random, BALI_ORDER) + " " + pick(random, BALI_GIVEN);
        }
        String[] first = sex == Sex.LAKI_LAKI ? MALE : FEMALE;
        String[] second = sex == Sex.LAKI_LAKI ? SECOND_MALE : SECOND_FEMALE;
        double shape = random.nextDouble();
        if (shape < 0.2) {
            return pick(random, first);
        }
        if (shape < 0.85) {
            return pick(random, first) + " " + pick(random, second);
        }
        return pick(random, first) + " " + pick(random, first) + " " + pick(random, second);
    }

    static String foreigner(RandomGenerator random) {
        return pick(random, FOREIGN_FIRST) + " " + pick(random, FOREIGN_LAST);
    }

    static <T> T pick(RandomGenerator random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
