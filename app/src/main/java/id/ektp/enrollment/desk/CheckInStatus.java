package id.ektp.enrollment.desk;

/** A resident's day at the desk: waiting, called to the counter, data confirmed (on to the capture), or sent to the family-card correction. */
public enum CheckInStatus {
    WAITING, CALLED, VERIFIED, CORRECTION
}
