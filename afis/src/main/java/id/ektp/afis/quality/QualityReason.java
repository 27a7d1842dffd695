package id.ektp.afis.quality;

/** Why a capture should be taken again, or {@link #GOOD} when it need not. */
public enum QualityReason {
    GOOD,
    /** Nothing on the platen: the image has no area whose grey levels vary. */
    BLANK,
    /** Grey levels vary but form no ridge pattern: noise, a palm or sleeve, a smear. */
    NO_RIDGES,
    /** Ridges are there but blurred, faint or broken: dry, wet, smudged or pressed too lightly. */
    UNCLEAR,
    /** Too few minutiae were found (templates assessed without their image). */
    TOO_FEW_MINUTIAE,
    /** The print covers too small an area: finger tip only, or off the platen. */
    TOO_SMALL,
    /** The image could not be decoded or is empty or of zero size. */
    UNREADABLE,
    /** The stated resolution is out of the range the engine accepts. */
    RESOLUTION_OUT_OF_RANGE
}
