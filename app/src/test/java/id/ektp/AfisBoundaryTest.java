package id.ektp;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import id.ektp.afis.gallery.FingerPosition;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Central identification runs the biometric engine; every other module (pick-up's 1:1 check included) goes
 * through identification's API. One exception, as narrow as it can be: the service point's capture
 * ({@code enrollment.capture}) scores each finger and verifies the chip fingers 1:1 while the resident is
 * at the counter, with the same engine code central runs, so it may use the engine's capture quality,
 * templates, image reading and 1:1 verify (and the finger positions those speak), never a gallery, the
 * fast index or the store: no 1:N at the service point (README, Architecture).
 */
class AfisBoundaryTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.ektp");

    @Test
    void onlyIdentificationAndTheCaptureUseTheAfisEngine() {
        ArchRule rule = noClasses().that().resideInAPackage("id.ektp..")
                .and().resideOutsideOfPackages("id.ektp.identification..", "id.ektp.afis..", "id.ektp.enrollment.capture..")
                .and().resideOutsideOfPackages("id.ektp.devices..")
                .should().dependOnClassesThat().resideInAPackage("id.ektp.afis..")
                .because("the AFIS engine is identification's (README, Architecture)");
        rule.check(APPLICATION);
    }

    @Test
    void theCaptureUsesOnlyQualityTemplatesImagesAndTheOneToOneVerify() {
        DescribedPredicate<JavaClass> oneToMany = JavaClass.Predicates.resideInAnyPackage("id.ektp.afis.index..", "id.ektp.afis.store..")
                .or(JavaClass.Predicates.resideInAPackage("id.ektp.afis.gallery..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(FingerPosition.class))));
        ArchRule rule = noClasses().that().resideInAPackage("id.ektp.enrollment.capture..")
                .should().dependOnClassesThat(oneToMany.as("a gallery, the fast index or the store"))
                .because("the service point checks a capture's quality and the chip fingers 1:1; the 1:N search is central's");
        rule.check(APPLICATION);
    }
}
