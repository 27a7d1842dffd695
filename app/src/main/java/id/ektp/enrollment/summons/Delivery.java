package id.ektp.enrollment.summons;

/** What the desa/kelurahan reports for a letter it was to deliver. */
public enum Delivery {
    DELIVERED, NOT_FOUND, MOVED, DECEASED
}
