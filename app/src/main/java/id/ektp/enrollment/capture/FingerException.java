package id.ektp.enrollment.capture;

import id.ektp.packet.CaptureMetadata.CaptureException.Reason;

/** A finger that is not captured, and why: amputated or bandaged (declared by the operator), or unusable (scarred, worn: its best capture stayed below the threshold). */
public record FingerException(int position, Reason reason) {
}
