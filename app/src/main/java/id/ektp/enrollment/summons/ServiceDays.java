package id.ektp.enrollment.summons;

import java.time.ZoneId;

/** Service days are counted in western Indonesia's time (WIB): a QR expires at the end of its last day there. */
public final class ServiceDays {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private ServiceDays() {
    }
}
