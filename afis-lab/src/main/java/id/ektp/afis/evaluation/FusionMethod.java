package id.ektp.afis.evaluation;

/** How the finger scores of a ten-print comparison are combined into one score, for the evaluation. */
public enum FusionMethod {
    /** Sum of the finger scores: every finger adds evidence. */
    SUM,
    /** Best finger score: one strong finger decides. */
    MAX
}
