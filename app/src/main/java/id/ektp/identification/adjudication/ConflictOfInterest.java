package id.ektp.identification.adjudication;

import id.ektp.accounts.Officer;
import id.ektp.identification.web.IdentificationRefusal;
import org.springframework.stereotype.Component;

/**
 * Who must not decide a case: the officer who captured the record (they would judge their own work, and an
 * officer who enrolled someone twice would clear it), and, when configured, an adjudicator whose home region
 * holds the record's kecamatan. Such cases never appear in their queue and are refused if asked for directly.
 */
@Component
class ConflictOfInterest {

    private final AdjudicationSettings settings;

    ConflictOfInterest(AdjudicationSettings settings) {
        this.settings = settings;
    }

    void check(Officer adjudicator, AdjudicationCase c) {
        if (c.captureOfficer().equals(adjudicator.username())) {
            throw new IdentificationRefusal("conflict-of-interest", "case", "problem.adjudication.ownCapture",
                    "you captured this record, so another adjudicator must decide it");
        }
        String home = homeRegionOf(adjudicator);
        if (!home.isEmpty() && (c.kecamatanCode().equals(home) || c.kecamatanCode().startsWith(home + "."))) {
            throw new IdentificationRefusal("conflict-of-interest", "case", "problem.adjudication.homeRegion",
                    "this record comes from your home region {0}, so an adjudicator from elsewhere must decide it", home);
        }
    }

    String homeRegionOf(Officer adjudicator) {
        return settings.homeRegionOf(adjudicator.username());
    }
}
