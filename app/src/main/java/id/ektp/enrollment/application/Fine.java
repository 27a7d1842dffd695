package id.ektp.enrollment.application;

import id.ektp.registry.Citizenship;
import id.ektp.registry.Resident;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The fine an application owes under a schedule, with the reason; issuance itself is free. */
public record Fine(int rupiah, String reason) {

    static final Fine NONE = new Fine(0, null);

    /**
     * {@code eventDay} is when the duty to report arose for a first card: the 17th birthday unless the
     * officer gives the marriage day.
     */
    static Fine of(Reason reason, Resident resident, LocalDate eventDay, LocalDate today, FineSchedule schedule) {
        if (reason == Reason.NEW && resident.citizenship() == Citizenship.WNI) {
            LocalDate duty = eventDay != null ? eventDay : resident.birthDate().plusYears(17);
            long late = ChronoUnit.DAYS.between(duty, today);
            return late > schedule.lateAfterDays()
                    ? new Fine(schedule.lateReportRupiah(), "reported " + late + " days after turning 17 or marrying")
                    : NONE;
        }
        if (reason == Reason.FOREIGNER && resident.itapExpiry() != null
                && !today.isBefore(resident.itapExpiry().minusDays(FineSchedule.FOREIGNER_RENEWAL_DAYS))) {
            return new Fine(schedule.foreignerLateRupiah(), "renewal less than " + FineSchedule.FOREIGNER_RENEWAL_DAYS
                    + " days before the ITAP ends (" + resident.itapExpiry() + ")");
        }
        return NONE;
    }
}
