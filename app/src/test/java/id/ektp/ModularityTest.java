package id.ektp;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Modules may use each other only through their published API (the base package and the named interfaces)
 * and the dependencies their {@code package-info} allows, and never in a cycle. The module diagrams in
 * {@code docs/modules/} are written from the same model, so they show the code as it is.
 */
class ModularityTest {

    /** The engine library shares the id.ektp root but is a dependency, not a module of the application. */
    static final ApplicationModules MODULES = ApplicationModules.of(EktpApplication.class,
            JavaClass.Predicates.resideInAPackage("id.ektp.afis.."));

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagrams() {
        // Surefire runs in app/: the diagrams go to the repository's docs/modules.
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
