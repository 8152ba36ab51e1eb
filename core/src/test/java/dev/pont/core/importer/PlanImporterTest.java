package dev.pont.core.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.plan.Secrets;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanImporterTest {
    static final Path ROOT = Path.of(System.getProperty("pont.root.dir", ".."));
    static final Path GOLDEN = ROOT.resolve("stacks/src/test/resources/golden");
    static final Path EXPORT = Path.of("src/test/resources/importer/health-data-azure.stack-export.json");

    @TempDir
    Path dir;

    static Stream<Path> goldenPlans() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("goldenPlans")
    void aPontPlanRoundTripsToAnEqualPlan(Path golden) throws IOException {
        ImportedPlan imported = PlanImporter.read(golden, null);
        assertThat(imported.format()).isEqualTo(Format.PONT);
        assertThat(imported.plan()).isEqualTo(Json.mapper().readValue(golden.toFile(), Plan.class));
        assertThat(Json.pretty(imported.plan())).isEqualTo(Files.readString(golden));
        assertThat(PlanImporter.read(golden, Format.PONT).plan()).isEqualTo(imported.plan());
    }

    @Test
    void aStackExportBecomesAPlan() {
        ImportedPlan imported = PlanImporter.read(EXPORT, null);
        Plan plan = imported.plan();
        assertThat(imported.format()).isEqualTo(Format.STACK_EXPORT);
        assertThat(plan.stack()).isEqualTo("health-data");
        assertThat(plan.target()).isEqualTo("azure");
        assertThat(plan.resources()).hasSize(13);
        assertThat(plan.resources()).filteredOn(PlannedResource::providerInstance).hasSize(1);
        assertThat(plan.components()).extracting(PlannedResource::name).containsExactly("pseudonymisation-salt", "datasets");
        assertThat(plan.warnings()).anySatisfy(w -> assertThat(w).contains("marked for deletion (delete: true)")
                .contains("azure-native:storage:StorageAccount datasets-account"));
        assertThat(plan.warnings()).anySatisfy(w -> assertThat(w).startsWith("1 pending operation(s)"));
        PlannedResource account = plan.resources().stream().filter(r -> r.name().equals("datasets-account")).findFirst().orElseThrow();
        assertThat(account.id()).doesNotEndWith("old");
        assertThat(account.parent()).endsWith("pont:storage:ObjectStore::datasets");
        PlannedResource component = plan.components().get(1);
        assertThat(component.inputs()).containsKey("spec");
        assertThat(component.id()).isNull();
        PlannedResource secret = plan.resources().stream().filter(r -> r.type().equals("azure-native:keyvault:Secret")).findFirst().orElseThrow();
        assertThat(((Map<?, ?>) secret.inputs().get("properties")).get("value")).isEqualTo(Secrets.REDACTED);
        assertThat(Json.pretty(plan)).doesNotContain("ciphertext").doesNotContain("v1:Zm9v");
    }

    @Test
    void aStackExportWithoutPontTagsIsNamedAfterItsProjectAndStack() throws IOException {
        String urn = "urn:pulumi:prod::webshop::pulumi:pulumi:Stack::webshop-prod";
        Path file = write("{\"version\":3,\"deployment\":{\"manifest\":{},\"resources\":[{\"urn\":\"" + urn
                + "\",\"custom\":false,\"type\":\"pulumi:pulumi:Stack\"}]}}");
        Plan plan = PlanImporter.read(file, null).plan();
        assertThat(plan.stack()).isEqualTo("webshop");
        assertThat(plan.target()).isEqualTo("prod");
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        byte[] plan = Files.readAllBytes(GOLDEN.resolve("starter.azure.json"));
        byte[] withBom = new byte[plan.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plan, 0, withBom, 3, plan.length);
        Path file = dir.resolve("bom.json");
        Files.write(file, withBom);
        assertThat(PlanImporter.read(file, null).plan()).isEqualTo(PlanImporter.read(GOLDEN.resolve("starter.azure.json"), null).plan());
    }

    // ------------------------------------------------------------ bad input: one line, file, location, fix

    private Path write(String content) throws IOException {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private void rejects(Path file, Format forced, String expected) {
        assertThatThrownBy(() -> PlanImporter.read(file, forced))
                .isInstanceOf(PontException.class)
                .hasMessage(file + ": " + expected)
                .satisfies(e -> assertThat(((PontException) e).exitCode()).isEqualTo(2))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private void rejects(String content, String expected) throws IOException {
        rejects(write(content), null, expected);
    }

    static final String ANY = "give a Pont plan (`pont preview --format json`), a `pulumi stack export`, a `pulumi preview --json` or an ARM template";
    static final String EXPORT_FIX = "export the stack again with `pulumi stack export --file FILE`, or name the format with --from";
    static final String STACK = "urn:pulumi:azure::pont::pulumi:pulumi:Stack::pont-azure";

    @Test
    void anEmptyFileIsRejected() throws IOException {
        rejects("", "empty file; " + ANY);
        rejects(" \n\t\n", "empty file; " + ANY);
    }

    @Test
    void aMissingFileIsRejected() {
        rejects(dir.resolve("nowhere.json"), null, "no such file; check the path");
    }

    @Test
    void notJsonIsRejectedWithLineAndColumn() throws IOException {
        rejects("{\n  \"stack\": hello\n}", "line 2, column 18: not JSON (Unrecognized token 'hello': was expecting "
                + "(JSON String, Number, Array, Object...); " + ANY);
        rejects("{} {}", "line 1, column 4: more content after the JSON value (two documents in one file?); " + ANY);
    }

    @Test
    void truncatedJsonIsRejected() throws IOException {
        rejects("{\"version\": 3, \"deployment\": {\"resources\": [", "line 1, column 45: the JSON ends early (truncated file?); "
                + "write or export the file again");
    }

    @Test
    void anotherJsonDocumentIsRejected() throws IOException {
        rejects("[1, 2]", "$: expected a JSON object, found an array; " + ANY);
        rejects("{\"name\": \"x\"}", "$: not a format Pont reads (pont, stack-export, preview-json, arm); "
                + "name the format with --from FORMAT, or " + ANY);
        rejects("{\"version\": 3, \"deployment\": {}, \"steps\": []}", "$: not a format Pont reads (pont, stack-export, preview-json, arm); "
                + "name the format with --from FORMAT, or " + ANY);
    }

    @Test
    void aWrongDeploymentVersionIsRejected() throws IOException {
        rejects("{\"version\": 2, \"deployment\": {}}", "$.version: deployment version 2 is not supported (Pont reads version 3); "
                + "export the stack again with Pulumi 3 (`pulumi stack export --file FILE`)");
        rejects("{\"version\": \"3\", \"deployment\": {}}", "$.version: expected a number, found a string; "
                + "export the stack with `pulumi stack export --file FILE`");
        rejects(GOLDEN.resolve("starter.azure.json"), Format.STACK_EXPORT, "$.version: no deployment version; "
                + "export the stack with `pulumi stack export --file FILE`");
    }

    @Test
    void wrongTypesInKnownFieldsAreRejected() throws IOException {
        rejects("{\"version\": 3, \"deployment\": {\"resources\": {}}}",
                "$.deployment.resources: expected an array, found an object; " + EXPORT_FIX);
        rejects("{\"version\": 3, \"deployment\": {\"resources\": [{\"urn\": 5, \"type\": \"x\"}]}}",
                "$.deployment.resources[0].urn: expected a string, found a number; " + EXPORT_FIX);
        rejects("{\"version\": 3, \"deployment\": {\"resources\": [{\"urn\": \"" + STACK + "\", \"type\": \"pulumi:pulumi:Stack\", "
                + "\"custom\": \"no\"}]}}", "$.deployment.resources[0].custom: expected true or false, found a string; " + EXPORT_FIX);
        rejects("{\"version\": 3, \"deployment\": {\"resources\": [{\"urn\": \"" + STACK + "\", \"type\": \"pulumi:pulumi:Stack\", "
                + "\"dependencies\": [1]}]}}", "$.deployment.resources[0].dependencies[0]: expected a string, found a number; " + EXPORT_FIX);
        rejects("{\"stack\": \"s\", \"target\": \"t\", \"resources\": \"none\"}", "$.resources: expected an array, found a string; "
                + "write the plan again with `pont preview --format json`, or name the format with --from");
        rejects("{\"stack\": 5, \"target\": \"t\", \"resources\": []}", "$.stack: expected a string, found a number; "
                + "write the plan again with `pont preview --format json`, or name the format with --from");
    }

    @Test
    void duplicateUrnsAreRejected() throws IOException {
        String r = "{\"urn\": \"" + STACK + "\", \"type\": \"pulumi:pulumi:Stack\"}";
        rejects("{\"version\": 3, \"deployment\": {\"resources\": [" + r + ", " + r + "]}}",
                "$.deployment.resources[1].urn: duplicate URN " + STACK + " (first at $.deployment.resources[0]); "
                        + "each resource appears once; write or export the file again");
    }

    @Test
    void aDeletedResourceMayShareItsUrnWithItsReplacement() throws IOException {
        String r = "{\"urn\": \"" + STACK + "\", \"type\": \"pulumi:pulumi:Stack\"}";
        String deleted = "{\"urn\": \"" + STACK + "\", \"type\": \"pulumi:pulumi:Stack\", \"delete\": true}";
        Plan plan = PlanImporter.read(write("{\"version\": 3, \"deployment\": {\"resources\": [" + r + ", " + deleted + "]}}"), null).plan();
        assertThat(plan.resources()).hasSize(1);
        assertThat(plan.warnings()).hasSize(1);
    }

    @Test
    void aResourceWhoseParentIsNotInTheFileIsSkippedWithItsChildrenAndThePlanIsIncomplete() throws IOException {
        String missing = "urn:pulumi:azure::pont::pulumi:pulumi:Stack$pont:storage:ObjectStore::datasets";
        String account = "urn:pulumi:azure::pont::azure-native:storage:StorageAccount::sa";
        ImportedPlan imported = PlanImporter.read(write("{\"version\": 3, \"deployment\": {\"resources\": [{\"urn\": \"" + STACK
                + "\", \"type\": \"pulumi:pulumi:Stack\"}, {\"urn\": \"" + account + "\", \"custom\": true, "
                + "\"type\": \"azure-native:storage:StorageAccount\", \"parent\": \"" + missing + "\"}, "
                + "{\"urn\": \"urn:pulumi:azure::pont::azure-native:storage:BlobContainer::c\", \"custom\": true, "
                + "\"type\": \"azure-native:storage:BlobContainer\", \"parent\": \"" + account + "\"}]}}"), null);
        assertThat(imported.plan().resources()).extracting(PlannedResource::urn).containsExactly(STACK);
        assertThat(imported.incomplete()).isTrue();
        assertThat(imported.skipped()).containsExactly(
                "skipped azure-native:storage:BlobContainer c ($.deployment.resources[2]): its parent " + PlanImporter.shorten(account)
                        + " is not in the file",
                "skipped azure-native:storage:StorageAccount sa ($.deployment.resources[1]): its parent " + PlanImporter.shorten(missing)
                        + " is not in the file");
        assertThat(imported.plan().warnings()).containsAll(imported.skipped());
    }

    @Test
    void longValuesAreNotEchoed() throws IOException {
        String urn = "x".repeat(5000);
        rejects("{\"version\": 3, \"deployment\": {\"resources\": [{\"urn\": \"" + urn + "\", \"type\": \"t\"}]}}",
                "$.deployment.resources[0].urn: not a Pulumi URN (" + "x".repeat(77) + "...); "
                        + "URNs look like urn:pulumi:<stack>::<project>::<type>::<name>");
    }

    @Test
    void invalidUtf8IsRejectedWithItsPosition() throws IOException {
        Path file = dir.resolve("plan.json");
        Files.write(file, new byte[] {'{', '\n', '"', 'a', '"', ':', ' ', '"', (byte) 0xC3, '(', '"', '}'});
        rejects(file, null, "line 2, byte 7 (offset 8): not valid UTF-8; save the file as UTF-8");
    }

    @Test
    void aFileOverTheSizeLimitIsRejectedUnread() throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(PlanImporter.MAX_BYTES + 1);
        }
        rejects(file, null, (PlanImporter.MAX_BYTES + 1) + " bytes is over the 256 MiB limit for a plan file; "
                + "split the estate into several stacks or filter the export");
    }

    @Test
    void nestingDeeperThanTheLimitIsRejected() throws IOException {
        rejects("[".repeat(1001) + "]".repeat(1001), "line 1, column 1002: JSON nested deeper than the limit of 1000 levels; "
                + "a plan is never that deep, check how the file was produced");
        String deepButAllowed = "{\"version\": 3, \"deployment\": {\"resources\": [{\"urn\": \"" + STACK
                + "\", \"type\": \"pulumi:pulumi:Stack\", \"inputs\": {\"x\": " + "[".repeat(900) + "]".repeat(900) + "}}]}}";
        assertThat(PlanImporter.read(write(deepButAllowed), null).plan().resources()).hasSize(1);
    }

    @Test
    void formatsAreNamedOnTheCommandLine() {
        assertThat(Format.of("stack-export")).isEqualTo(Format.STACK_EXPORT);
        assertThat(Format.of("pont")).isEqualTo(Format.PONT);
        assertThat(Format.of("preview-json")).isEqualTo(Format.PREVIEW_JSON);
        assertThat(Format.of("ARM")).isEqualTo(Format.ARM);
        assertThatThrownBy(() -> Format.of("bicep")).hasMessage("unknown plan format bicep: use one of pont, stack-export, preview-json, arm");
        assertThat(List.of(Format.values())).hasSize(4);
    }
}
