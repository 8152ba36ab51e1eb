package dev.pont.stacks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules that keep the house livable, checked on the compiled classes. */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.pont");

    @Test
    void coreNeverImportsAProviderOrTheStacks() {
        noClasses().that().resideInAPackage("dev.pont.core..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pont.providers..", "dev.pont.stacks..", "dev.pont.sandbox..", "dev.pont.cli..",
                        "com.pulumi.azurenative..", "com.pulumi.aws..", "com.pulumi.gcp..")
                .check(CLASSES);
    }

    @Test
    void providersNeverImportEachOther() {
        slices().matching("dev.pont.providers.(*)..").should().notDependOnEachOther().check(CLASSES);
    }

    /** Fact extractors read provider resources from the cloud's semantics, never through the adapter they judge. */
    @Test
    void factExtractorsNeverImportTheirAdapter() {
        classes().that().resideInAPackage("dev.pont.providers.*.facts..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.pont.core..", "dev.pont.providers.*.facts..",
                        "java..", "com.fasterxml.jackson..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void providersNeverImportStacksOrCli() {
        noClasses().that().resideInAPackage("dev.pont.providers..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pont.stacks..", "dev.pont.sandbox..", "dev.pont.cli..")
                .check(CLASSES);
    }

    @Test
    void stacksNeverNameAProviderExceptInTheRegistries() {
        noClasses().that().resideInAPackage("dev.pont.stacks..")
                .and().doNotHaveSimpleName("Targets").and().doNotHaveSimpleName("Extractors").and().doNotHaveSimpleName("Estates")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pont.providers..", "com.pulumi.azurenative..",
                        "com.pulumi.aws..", "com.pulumi.gcp..")
                .check(CLASSES);
    }
}
