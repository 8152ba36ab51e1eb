package dev.pont.sandbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The sandbox module's place: above core and the stacks registries, below the CLI, blind to
 * adapters. (That core, stacks and providers never import it is checked in the stacks module's
 * ArchitectureTest and by the Maven module graph.)
 */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.pont.sandbox");

    @Test
    void sandboxNeverImportsTheCliOrAProvider() {
        noClasses().that().resideInAPackage("dev.pont.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pont.cli..", "dev.pont.providers..",
                        "com.pulumi.azurenative..", "com.pulumi.aws..", "com.pulumi.gcp..")
                .check(CLASSES);
    }

    /** The data-plane SDKs stay in the probes that need them. */
    @Test
    void dataPlaneSdksStayInTheirProbes() {
        noClasses().that().resideOutsideOfPackages("dev.pont.sandbox.objectstore..", "dev.pont.sandbox.evidence..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk..", "com.azure..")
                .check(CLASSES);
    }
}
