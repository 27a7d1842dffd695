package id.ektp.enrollment.capture;

/** What a stored capture item is: a finger, the face, the signature, an iris, or a chip finger's re-capture. */
enum ItemKind {
    FINGER, FACE, SIGNATURE, IRIS, CHIP_FINGER
}
