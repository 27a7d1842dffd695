package id.ektp.enrollment.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The service level of seed 004: an application is served within 14 working days (Monday to Friday); configurable. */
@Component
class ServiceLevel {

    private final int workingDays;

    ServiceLevel(@Value("${ektp.service-level.working-days:14}") int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("ektp.service-level.working-days must be at least 1, not " + workingDays);
        }
        this.workingDays = workingDays;
    }

    LocalDate dueOn(LocalDate submitted) {
        LocalDate day = submitted;
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }
}
