package dev.pont.core.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.plan.Secrets;
import dev.pont.core.plan.Unknowns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pulumi preview --json}: which steps become resources, unknowns and secrets, and its errors. */
class PreviewJsonImporterTest {
    static final String STACK = "urn:pulumi:dev::shop::pulumi:pulumi:Stack::shop-dev";
    static final String FIX = "write the preview again with `pulumi preview --json > FILE`, or name the format with --from";

    @TempDir
    Path dir;

    static String urn(String name) {
        return "urn:pulumi:dev::shop::azure-native:storage:StorageAccount::" + name;
    }

    static String state(String name, String inputs) {
        return "{\"urn\": \"" + urn(name) + "\", \"type\": \"azure-native:storage:StorageAccount\", \"custom\": true, \"parent\": \""
                + STACK + "\", \"inputs\": " + inputs + "}";
    }

    static String step(String op, String name, String field, String inputs) {
        return "{\"op\": \"" + op + "\", \"urn\": \"" + urn(name) + "\", \"" + field + "\": " + state(name, inputs) + "}";
    }

    private ImportedPlan read(String... steps) throws IOException {
        Path file = dir.resolve("preview.json");
        Files.writeString(file, "{\"steps\": [{\"op\": \"same\", \"urn\": \"" + STACK + "\", \"newState\": {\"urn\": \"" + STACK
                + "\", \"type\": \"pulumi:pulumi:Stack\"}}, " + String.join(", ", steps) + "], \"changeSummary\": {}}");
        return PlanImporter.read(file, null);
    }

    @Test
    void eachOpBecomesTheResourceAsItWillBe() throws IOException {
        ImportedPlan imported = read(
                step("create", "new", "newState", "{\"accountName\": \"new\"}"),
                step("same", "kept", "oldState", "{\"accountName\": \"kept\"}"),
                step("update", "changed", "newState", "{\"minimumTlsVersion\": \"TLS1_2\"}"),
                step("create-replacement", "swapped", "newState", "{\"sku\": {\"name\": \"Standard_ZRS\"}}"),
                step("replace", "swapped", "newState", "{\"sku\": {\"name\": \"Standard_ZRS\"}}"),
                step("delete-replaced", "swapped", "oldState", "{\"sku\": {\"name\": \"Standard_LRS\"}}"),
                step("read", "external", "newState", "{}"),
                step("delete", "gone", "oldState", "{}"));
        Plan plan = imported.plan();
        assertThat(imported.format()).isEqualTo(Format.PREVIEW_JSON);
        assertThat(plan.stack()).isEqualTo("shop");
        assertThat(plan.target()).isEqualTo("dev");
        assertThat(plan.resources()).extracting(PlannedResource::name)
                .containsExactlyInAnyOrder("shop-dev", "new", "kept", "changed", "swapped", "external");
        assertThat(plan.byUrn(urn("swapped")).orElseThrow().inputs()).isEqualTo(Map.of("sku", Map.of("name", "Standard_ZRS")));
        assertThat(plan.warnings()).containsExactly(
                "left out azure-native:storage:StorageAccount gone: the previewed update deletes it (op delete)");
        assertThat(imported.incomplete()).isFalse();
    }

    @Test
    void unknownsStayUnknownAndMaskedSecretsAreRedacted() throws IOException {
        Plan plan = read(step("create", "acct", "newState", "{\"location\": \"" + Unknowns.UNKNOWN + "\", \"keys\": [\"[secret]\"], "
                + "\"encryption\": {\"4dabf18193072939515e22adb298388d\": \"1b47061264138c4ac30d75fd1eb44270\", \"plaintext\": \"s3cr3t\"}}"))
                .plan();
        Map<String, Object> inputs = plan.byUrn(urn("acct")).orElseThrow().inputs();
        assertThat(inputs).containsEntry("location", Unknowns.UNKNOWN).containsEntry("keys", List.of(Secrets.REDACTED))
                .containsEntry("encryption", Secrets.REDACTED);
    }

    @Test
    void anUnknownOpIsSkippedAndThePlanIsIncomplete() throws IOException {
        ImportedPlan imported = read(step("teleport", "acct", "newState", "{}"));
        assertThat(imported.skipped()).containsExactly("skipped acct ($.steps[1]): unknown step op teleport");
        assertThat(imported.plan().resources()).hasSize(1);
    }

    @Test
    void badStepsAreRejectedWithTheirPath() {
        assertThatThrownBy(() -> read("{\"op\": \"create\", \"urn\": \"" + urn("a") + "\"}"))
                .isInstanceOf(PontException.class).hasMessageEndingWith("$.steps[1].newState: missing for a create step; " + FIX);
        assertThatThrownBy(() -> read("{\"op\": \"create\", \"urn\": \"" + urn("a") + "\", \"newState\": " + state("b", "{}") + "}"))
                .hasMessageEndingWith("$.steps[1].newState.urn: is not the step's URN " + urn("a") + "; " + FIX);
        assertThatThrownBy(() -> read(step("create", "a", "newState", "[1]")))
                .hasMessageEndingWith("$.steps[1].newState.inputs: expected an object, found an array; " + FIX);
        assertThatThrownBy(() -> read("[]")).hasMessageEndingWith("$.steps[1]: expected an object, found an array; " + FIX);
        assertThatThrownBy(() -> read(step("create", "a", "newState", "{}"), step("create", "a", "newState", "{}")))
                .hasMessageEndingWith("$.steps[2].urn: duplicate URN " + urn("a") + " (first at $.steps[1]); "
                        + "each resource appears once; write or export the file again");
    }
}
