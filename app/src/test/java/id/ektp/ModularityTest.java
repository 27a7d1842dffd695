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

    /**
     * The engine and the device libraries (with the simulator the tests use) share the id.ektp root but are
     * dependencies, not modules of the application.
     */
    static final ApplicationModules MODULES = ApplicationModules.of(EktpApplication.class,
            JavaClass.Predicates.resideInAnyPackage("id.ektp.afis..", "id.ektp.devices.."));

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
