package id.ektp.afis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine as it ships: no commands, no charts, no synthetic data, nothing of the lab. The lab
 * (afis-lab) may depend on the engine, never the other way round; Maven's module graph keeps the
 * jars apart and this keeps the code from drifting back.
 */
class ProductionLibraryTest {
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.ektp.afis");

    @Test
    void theEngineHasNoCommandsOfItsOwn() {
        noMethods().that().haveName("main").and().areStatic()
                .should().beDeclaredInClassesThat().resideInAPackage("id.ektp.afis..")
                .because("benchmarks, evaluations and harnesses are run from afis-lab")
                .allowEmptyShould(true)
                .check(ENGINE);
    }

    @Test
    void theEngineUsesNeitherTheLabNorChartsNorMicroBenchmarks() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("id.ektp.afis.benchmark..", "id.ektp.afis.evaluation..", "id.ektp.afis.synthetic..",
                        "org.knowm.xchart..", "org.openjdk.jmh..", "java.awt.Graphics2D")
                .check(ENGINE);
    }
}
