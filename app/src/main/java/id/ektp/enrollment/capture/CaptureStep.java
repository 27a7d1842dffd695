package id.ektp.enrollment.capture;

/**
 * One step of a resident's capture, in the order the operator takes them: the ten fingers (ISO/IEC 19794-4
 * positions 1-10: right thumb to little, then left thumb to little), the face, the signature, both irises in
 * one capture, and last the chip fingers captured again for the 1:1 check.
 */
record CaptureStep(Kind kind, int position) {

    enum Kind {
        FINGER, FACE, SIGNATURE, IRISES, CHIP_CHECK
    }

    static CaptureStep finger(int position) {
        return new CaptureStep(Kind.FINGER, position);
    }

    static final CaptureStep FACE = new CaptureStep(Kind.FACE, 0);
    static final CaptureStep SIGNATURE = new CaptureStep(Kind.SIGNATURE, 0);
    static final CaptureStep IRISES = new CaptureStep(Kind.IRISES, 0);
    static final CaptureStep CHIP_CHECK = new CaptureStep(Kind.CHIP_CHECK, 0);

    /** The step's name in the API and the message bundles: {@code FINGER_2}, {@code FACE}, ... */
    String code() {
        return kind == Kind.FINGER ? "FINGER_" + position : kind.name();
    }
}
