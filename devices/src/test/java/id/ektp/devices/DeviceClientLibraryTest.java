package id.ektp.devices;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The device library as the service point ships it: the protocol and the client, nothing that plays a
 * device (the simulator, its synthetic images and certificate authority live in devices-simulator).
 */
class DeviceClientLibraryTest {
    private static final JavaClasses LIBRARY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.ektp.devices");

    @Test
    void onlyTheProtocolAndTheClientShip() {
        classes().should().resideInAnyPackage("id.ektp.devices", "id.ektp.devices.protocol", "id.ektp.devices.client")
                .check(LIBRARY);
    }

    @Test
    void theClientNeedsNoCertificateAuthorityNorCommands() {
        classes().should().onlyDependOnClassesThat()
                .resideOutsideOfPackages("org.bouncycastle..", "id.ektp.devices.simulator..", "id.ektp.devices.synthetic..",
                        "id.ektp.devices.quality..", "id.ektp.afis..")
                .check(LIBRARY);
        noMethods().that().haveName("main").and().areStatic()
                .should().beDeclaredInClassesThat().resideInAPackage("id.ektp.devices..")
                .allowEmptyShould(true)
                .check(LIBRARY);
    }
}
