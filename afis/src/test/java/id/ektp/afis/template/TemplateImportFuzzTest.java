package id.ektp.afis.template;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.ektp.afis.AfisException;

/**
 * Jazzer fuzzes the ISO/ANSI import from the seeds in {@code TemplateImportFuzzTestInputs} (one record
 * of each edition, made by hand, no real finger). Any exception but {@link AfisException} is a finding,
 * and so is a record that imports but then breaks the export or the enrolment check with another one.
 * {@code ./mvnw verify} runs it in fuzzing mode for a fixed time (afis/pom.xml, execution "fuzz").
 */
class TemplateImportFuzzTest {

    private final TemplateInterchange interchange = new TemplateInterchange();

    @FuzzTest(maxDuration = "25s")
    void importRefusesAnyRecordOnlyWithAnAfisException(byte[] record) {
        try {
            for (FingerTemplate template : interchange.importAll(record)) {
                interchange.export(template, TemplateFormat.ISO_19794_2_2005);
                EnrolmentCheck.enrollable(template);
            }
        } catch (AfisException expected) {
            // a typed refusal is the wanted outcome for a hostile record
        }
    }
}
