package id.ektp;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Only central identification runs the biometric engine; every other module (pick-up's 1:1 check included)
 * goes through identification's API. Holds while identification does not exist yet: then nothing may.
 */
class AfisBoundaryTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.ektp");

    @Test
    void onlyIdentificationUsesTheAfisEngine() {
        ArchRule rule = noClasses().that().resideInAPackage("id.ektp..")
                .and().resideOutsideOfPackages("id.ektp.identification..", "id.ektp.afis..")
                .should().dependOnClassesThat().resideInAPackage("id.ektp.afis..")
                .because("the AFIS engine is identification's (README, Architecture)");
        rule.check(APPLICATION);
    }
}
