package id.ektp.afis.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.machinezoo.sourceafis.FingerprintImage;
import com.machinezoo.sourceafis.FingerprintImageOptions;
import com.machinezoo.sourceafis.FingerprintTemplate;
import id.ektp.afis.image.Resolution;
import id.ektp.afis.template.TemplateExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures and thresholds are measured on the pipeline that ships: the evaluation's loader and the
 * production extractor give the same template for the same file, and both read grey levels as the
 * decoding the engine chose (SourceAFIS's own, through the sRGB curve). Skips without the FVC2002 data.
 */
class OnePipelineTest {
    private static List<FvcSet> sets;

    @BeforeAll
    static void locateData() {
        Path fvc = Path.of(System.getProperty("ektp.shared.data", "../shared/data"), "fingerprints", "fvc2002");
        Assumptions.assumeTrue(Files.isDirectory(fvc), "FVC2002 data not found at " + fvc.toAbsolutePath());
        sets = FvcSet.readAll(fvc);
    }

    @Test
    void theEvaluationsLoaderGivesTheTemplateProductionGivesForEveryImageOfASet() throws Exception {
        FvcSet db3 = sets.stream().filter(s -> s.name().equals("DB3_B")).findFirst().orElseThrow();
        FvcTemplates evaluation = new FvcTemplates(List.of(db3));
        TemplateExtractor production = new TemplateExtractor();

        for (int i = 0; i < evaluation.size(); i++) {
            Path file = evaluation.impression(i).image();
            assertThat(evaluation.fingerTemplate(i).toSourceAfisBytes())
                    .as("template of %s", file)
                    .isEqualTo(production.extract(Files.readAllBytes(file), Resolution.dpi(db3.dpi())).toSourceAfisBytes());
        }
    }

    @Test
    void productionReadsGreyImagesAsTheDecodingChosenOnFvc2002() throws Exception {
        TemplateExtractor production = new TemplateExtractor();
        for (FvcSet set : sets) {
            for (FvcImpression impression : List.of(set.impressions().get(0), set.impressions().get(45))) {
                byte[] file = Files.readAllBytes(impression.image());
                FingerprintTemplate sourceAfisOwn = new FingerprintTemplate(
                        new FingerprintImage(file, new FingerprintImageOptions().dpi(set.dpi())));

                assertThat(production.extract(file, Resolution.dpi(set.dpi())).toSourceAfisBytes())
                        .as("template of %s", impression.image())
                        .isEqualTo(sourceAfisOwn.toByteArray());
            }
        }
    }

    @Test
    void theRawAlternativeReallyDiffers() throws Exception {
        FvcImpression impression = sets.get(0).impressions().get(0);
        Resolution dpi = Resolution.dpi(sets.get(0).dpi());

        assertThat(FvcTemplates.load(impression, dpi, GreyDecoding.RAW).toSourceAfisBytes())
                .isNotEqualTo(FvcTemplates.load(impression, dpi, GreyDecoding.PRODUCTION).toSourceAfisBytes());
        assertThat(FvcTemplates.load(impression, dpi, GreyDecoding.SRGB).toSourceAfisBytes())
                .isEqualTo(FvcTemplates.load(impression, dpi, GreyDecoding.PRODUCTION).toSourceAfisBytes());
    }
}
