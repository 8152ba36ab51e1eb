package dev.pont.providers.ovhcloud;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** What this module may import: core, the Pulumi SDK, Jackson and the JDK; never another provider module. */
class ModuleBoundariesTest {
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.pont.providers.ovhcloud");

    @Test
    void dependsOnlyOnCoreThePulumiSdkAndJackson() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                        "dev.pont.core..", "dev.pont.providers.ovhcloud..", "com.pulumi..", "com.fasterxml.jackson..", "java..", "javax.annotation..")
                .check(MAIN);
    }

    @Test
    void bindingsKnowNothingOfPont() {
        noClasses().that().resideInAPackage("dev.pont.providers.ovhcloud.bindings..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pont.core..")
                .check(MAIN);
        noClasses().that().resideInAPackage("dev.pont.providers.ovhcloud.bindings..")
                .should().dependOnClassesThat().resideInAPackage("dev.pont.providers.ovhcloud")
                .check(MAIN);
    }
}
