package id.ektp.afis.evaluation;

import com.machinezoo.sourceafis.FingerprintImage;
import com.machinezoo.sourceafis.FingerprintImageOptions;
import com.machinezoo.sourceafis.FingerprintTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** SourceAFIS templates extracted from every image of some FVC sets, each at its set's DPI. */
public final class FvcTemplates {
    private final List<FvcImpression> impressions = new ArrayList<>();
    private final List<FingerprintTemplate> templates;

    public FvcTemplates(List<FvcSet> sets) {
        List<Integer> dpis = new ArrayList<>();
        for (FvcSet set : sets) {
            impressions.addAll(set.impressions());
            set.impressions().forEach(i -> dpis.add(set.dpi()));
        }
        templates = java.util.stream.IntStream.range(0, impressions.size()).parallel()
                .mapToObj(i -> extract(impressions.get(i), dpis.get(i))).toList();
    }

    public int size() {
        return impressions.size();
    }

    public FvcImpression impression(int index) {
        return impressions.get(index);
    }

    public FingerprintTemplate template(int index) {
        return templates.get(index);
    }

    private static FingerprintTemplate extract(FvcImpression impression, int dpi) {
        try {
            byte[] bytes = Files.readAllBytes(impression.image());
            return new FingerprintTemplate(new FingerprintImage(bytes, new FingerprintImageOptions().dpi(dpi)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + impression.image(), e);
        }
    }
}
