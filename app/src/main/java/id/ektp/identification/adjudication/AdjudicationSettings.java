package id.ektp.identification.adjudication;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The adjudication rules ({@code ektp.adjudication.*}).
 *
 * @param secondOpinion     each candidate's verdict needs two adjudicators who agree (off in the demo, on in
 *                          production); a disagreement goes to a third adjudicator, whose vote makes the majority
 * @param excludeHomeRegion an adjudicator never sees nor decides a case of their home region's offices
 * @param homeRegions       each adjudicator's home region (username to a dotted region code: a province,
 *                          kabupaten/kota or kecamatan); adjudicators are national officers, so the region
 *                          they come from is not on their account
 */
@ConfigurationProperties("ektp.adjudication")
public record AdjudicationSettings(@DefaultValue("false") boolean secondOpinion, @DefaultValue("false") boolean excludeHomeRegion,
        Map<String, String> homeRegions) {

    public AdjudicationSettings {
        homeRegions = homeRegions == null ? Map.of() : Map.copyOf(homeRegions);
    }

    public int agreementsNeeded() {
        return secondOpinion ? 2 : 1;
    }

    /** The region whose cases this adjudicator must not decide; empty when the rule is off or none is set. */
    public String homeRegionOf(String username) {
        return excludeHomeRegion ? homeRegions.getOrDefault(username, "") : "";
    }
}
