package id.ektp.afis.lab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The lab measures the engine through the engine's API, as the application will use it. Two research
 * tools study the first stage's encoding itself (pair geometry, bit layout, the background model's
 * file) and so sit in the engine's package: they, and nothing else, may reach its package-private
 * parts. JPMS cannot say this (split packages), so this test does.
 */
class LabUsesTheEngineApiTest {
    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.ektp.afis");

    /** Research into the first stage's code design: the only lab code allowed below the engine's API. */
    private static final Set<String> FIRST_STAGE_RESEARCH = Set.of(
            "id.ektp.afis.index.FirstStageHarness", "id.ektp.afis.index.BackgroundModelBuilder");

    private static final DescribedPredicate<JavaClass> LAB = DescribedPredicate.describe("lab classes",
            c -> c.getSource().map(s -> s.getUri().toString().contains("/afis-lab/")).orElse(false)
                    && FIRST_STAGE_RESEARCH.stream().noneMatch(r -> c.getName().equals(r) || c.getName().startsWith(r + "$")));

    private static final DescribedPredicate<JavaAccess<?>> BELOW_THE_ENGINE_API = DescribedPredicate.describe(
            "non-public members of the engine", access -> {
                AccessTarget target = access.getTarget();
                JavaClass owner = target.getOwner();
                boolean engine = owner.getPackageName().startsWith("id.ektp.afis")
                        && owner.getSource().map(s -> !s.getUri().toString().contains("/afis-lab/")).orElse(false);
                boolean publicMember = target.resolveMember().map(m -> m.getModifiers().contains(JavaModifier.PUBLIC)).orElse(true);
                return engine && (!publicMember || !owner.getModifiers().contains(JavaModifier.PUBLIC));
            });

    @Test
    void labCodeUsesOnlyTheEnginesPublicApi() {
        noClasses().that(LAB).should().accessTargetWhere(BELOW_THE_ENGINE_API).check(ALL);
    }
}
