package id.ektp.identification.adjudication;

/** An adjudicator's finding on one candidate: the same person as the new record, or not. */
public enum Verdict { DUPLICATE, NOT_DUPLICATE }
