package id.ektp.enrollment.capture;

/** A capture is open while the operator works, closed once its packet is queued for central, or discarded. */
public enum CaptureStatus {
    OPEN, CLOSED, DISCARDED
}
