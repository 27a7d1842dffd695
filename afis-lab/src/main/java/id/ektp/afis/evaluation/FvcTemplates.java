package id.ektp.afis.evaluation;

import com.machinezoo.sourceafis.FingerprintTemplate;
import id.ektp.afis.image.Resolution;
import id.ektp.afis.template.FingerTemplate;
import id.ektp.afis.template.TemplateExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Templates extracted from every image of some FVC sets, each at its set's DPI, through the engine's own
 * reader and extractor ({@link TemplateExtractor}): the figures describe the pipeline that ships.
 */
public final class FvcTemplates {
    private static final TemplateExtractor EXTRACTOR = new TemplateExtractor();

    private final List<FvcImpression> impressions = new ArrayList<>();
    private final List<FingerTemplate> templates;

    public FvcTemplates(List<FvcSet> sets) {
        this(sets, GreyDecoding.PRODUCTION);
    }

    /** With another decoding than production's, only to measure that choice ({@link DecodingComparison}). */
    public FvcTemplates(List<FvcSet> sets, GreyDecoding decoding) {
        List<Integer> dpis = new ArrayList<>();
        for (FvcSet set : sets) {
            impressions.addAll(set.impressions());
            set.impressions().forEach(i -> dpis.add(set.dpi()));
        }
        templates = IntStream.range(0, impressions.size()).parallel()
                .mapToObj(i -> load(impressions.get(i), Resolution.dpi(dpis.get(i)), decoding)).toList();
    }

    /** The one loader of the lab: the image file through the decoding, then the production extractor. */
    public static FingerTemplate load(FvcImpression impression, Resolution resolution, GreyDecoding decoding) {
        try {
            byte[] bytes = Files.readAllBytes(impression.image());
            return EXTRACTOR.extract(decoding.decode(bytes, resolution));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + impression.image(), e);
        }
    }

    public int size() {
        return impressions.size();
    }

    public FvcImpression impression(int index) {
        return impressions.get(index);
    }

    public FingerprintTemplate template(int index) {
        return templates.get(index).sourceAfis();
    }

    public FingerTemplate fingerTemplate(int index) {
        return templates.get(index);
    }
}
