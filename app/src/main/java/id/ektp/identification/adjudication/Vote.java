package id.ektp.identification.adjudication;

import java.time.Instant;

/** One adjudicator's verdict on one candidate, with the reason they gave. */
public record Vote(String adjudicator, Verdict verdict, String reason, Instant votedAt) {
}
