package id.ektp.afis.quality;

/** Why a capture should be taken again, or {@link #GOOD} when it need not. */
public enum QualityReason {
    GOOD,
    /** Too few minutiae were found: dry, wet, smudged or pressed too lightly. */
    TOO_FEW_MINUTIAE,
    /** The minutiae cover too small an area: finger tip only, or off the platen. */
    TOO_SMALL,
    /** The image could not be decoded or is empty or of zero size. */
    UNREADABLE,
    /** The stated resolution is out of the range the engine accepts. */
    RESOLUTION_OUT_OF_RANGE
}
