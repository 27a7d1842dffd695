package id.ektp.enrollment.application;

/**
 * A kabupaten/kota's fines for late reporting, from its regulation (Perda). {@link #SEED_004} is the
 * default: Rp 25,000 when a first card is asked for more than 30 days after turning 17 or marrying,
 * Rp 1,000,000 for a foreigner renewing late (less than 30 days before the ITAP ends, or after).
 */
public record FineSchedule(String kabupatenCode, int lateReportRupiah, int lateAfterDays, int foreignerLateRupiah, boolean regional) {

    static final int FOREIGNER_RENEWAL_DAYS = 30;

    static FineSchedule seed004(String kabupatenCode) {
        return new FineSchedule(kabupatenCode, 25_000, 30, 1_000_000, false);
    }
}
