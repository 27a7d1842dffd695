package id.ektp.enrollment.campaign;

import java.util.UUID;

/** Starts (or resumes) the background batch that signs and renders a signed campaign's letters. */
public interface LetterBatchStarter {

    void start(UUID campaignId);
}
