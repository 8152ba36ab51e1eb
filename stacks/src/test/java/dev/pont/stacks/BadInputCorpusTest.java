package dev.pont.stacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.PontException;
import dev.pont.core.importer.Format;
import dev.pont.core.importer.ImportedPlan;
import dev.pont.core.importer.PlanImporter;
import dev.pont.core.json.Json;
import dev.pont.core.plan.PlannedResource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * corpus/bad at the importer level: every file gives exactly the answer corpus/bad/expected.json
 * states (one line naming file, location and fix; or what was skipped), and input that is merely
 * large, deep or starts with a byte-order mark is read in every format.
 */
class BadInputCorpusTest {
    static final Path ROOT = Path.of(System.getProperty("pont.root.dir", ".."));
    static final Path BAD = ROOT.resolve("corpus/bad");

    @TempDir
    Path dir;

    static JsonNode expected() throws IOException {
        return Json.mapper().readTree(BAD.resolve("expected.json").toFile()).get("files");
    }

    static Stream<Arguments> files() throws IOException {
        List<Arguments> out = new ArrayList<>();
        expected().fields().forEachRemaining(e -> out.add(Arguments.of(e.getKey(), e.getValue())));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void eachBadFileGetsItsAnswer(String name, JsonNode expected) {
        Path file = BAD.resolve(name);
        if (expected.has("error")) {
            assertThatThrownBy(() -> Estates.read(file, null))
                    .isInstanceOf(PontException.class)
                    .hasMessage(file + ": " + expected.get("error").asText())
                    .satisfies(e -> assertThat(((PontException) e).exitCode()).isEqualTo(2))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(400));
        } else {
            ImportedPlan plan = Estates.read(file, null);
            List<String> skipped = new ArrayList<>();
            expected.get("skipped").forEach(s -> skipped.add(s.asText()));
            assertThat(plan.incomplete()).isTrue();
            assertThat(plan.skipped()).containsExactlyElementsOf(skipped);
            assertThat(plan.plan().warnings()).containsAll(skipped);
        }
    }

    @Test
    void everyFileOfTheCorpusHasAnExpectedAnswer() throws IOException {
        TreeSet<String> listed = new TreeSet<>();
        expected().fieldNames().forEachRemaining(listed::add);
        TreeSet<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.list(BAD)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.equals("expected.json")).forEach(present::add);
        }
        assertThat(present).isEqualTo(listed);
    }

    @Test
    void theCorpusCoversEveryKindOfBadInputInEveryFormat() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        expected().fieldNames().forEachRemaining(names::add);
        for (String format : List.of("pont", "stack-export", "preview", "arm")) {
            assertThat(names).as(format).contains("truncated." + format + ".json", "invalid-utf8." + format + ".json");
            assertThat(names).as(format).anyMatch(n -> n.startsWith("duplicate-") && n.endsWith("." + format + ".json"));
            assertThat(names).as(format).anyMatch(n -> n.startsWith("wrong-type-") && n.endsWith("." + format + ".json"));
        }
        assertThat(names).contains("empty.json", "not-json.json", "too-deep.json", "wrong-version.stack-export.json",
                "language-version.arm.json", "dangling-parent.pont.json", "dangling-parent.stack-export.json", "dangling-parent.preview.json");
    }

    @Test
    void theCoreImporterNamesTheFacadeWhenAskedForArm() {
        Path file = ROOT.resolve("corpus/estates/health-data-azure.arm.json");
        assertThatThrownBy(() -> PlanImporter.read(file, Format.ARM))
                .hasMessage(file + ": this command cannot read the arm format; use `pont diff`, which reads pont, stack-export, preview-json, arm");
        assertThatThrownBy(() -> PlanImporter.read(file, null)).hasMessageContaining("not a format Pont reads");
        assertThat(Estates.read(file, null).format()).isEqualTo(Format.ARM);
    }

    // ------------------------------------------------------------ large or deep, but valid

    /** A value nested {@code depth} levels: {"a": {"a": … "leaf" …}}. */
    static String nested(int depth) {
        return "{\"a\": ".repeat(depth) + "\"leaf\"" + "}".repeat(depth);
    }

    static Map<String, String> wrapped(String value) {
        String urn = "urn:pulumi:prod::estate::azure-native:storage:StorageAccount::data";
        String stack = "urn:pulumi:prod::estate::pulumi:pulumi:Stack::estate-prod";
        String state = "{\"urn\": \"" + urn + "\", \"type\": \"azure-native:storage:StorageAccount\", \"custom\": true, \"parent\": \"" + stack
                + "\", \"inputs\": {\"accountName\": \"data\", \"blob\": " + value + "}}";
        String stackState = "{\"urn\": \"" + stack + "\", \"type\": \"pulumi:pulumi:Stack\"}";
        return Map.of(
                "pont", "{\"stack\": \"estate\", \"target\": \"azure\", \"resources\": [" + stackState + ", " + state + "]}",
                "stack-export", "{\"version\": 3, \"deployment\": {\"resources\": [" + stackState + ", " + state + "]}}",
                "preview-json", "{\"steps\": [{\"op\": \"same\", \"urn\": \"" + stack + "\", \"newState\": " + stackState
                        + "}, {\"op\": \"create\", \"urn\": \"" + urn + "\", \"newState\": " + state + "}]}",
                "arm", "{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\", "
                        + "\"contentVersion\": \"1.0.0.0\", \"resources\": [{\"type\": \"Microsoft.Storage/storageAccounts\", "
                        + "\"name\": \"data\", \"properties\": {\"blob\": " + value + "}}]}");
    }

    private void readsInEveryFormat(String value, byte[] prefix, int expectedLength) throws IOException {
        for (Map.Entry<String, String> e : wrapped(value).entrySet()) {
            Path file = dir.resolve(e.getKey() + ".json");
            byte[] body = e.getValue().getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[prefix.length + body.length];
            System.arraycopy(prefix, 0, bytes, 0, prefix.length);
            System.arraycopy(body, 0, bytes, prefix.length, body.length);
            Files.write(file, bytes);
            ImportedPlan plan = Estates.read(file, null);
            assertThat(plan.format().wire()).isEqualTo(e.getKey());
            PlannedResource account = plan.plan().resources().stream().filter(r -> r.type().endsWith("StorageAccount")).findFirst().orElseThrow();
            assertThat(Json.mapper().writeValueAsString(account.inputs().get("blob")).length()).as(e.getKey()).isEqualTo(expectedLength);
        }
    }

    @Test
    void aPropertyNestedFiftyLevelsIsRead() throws IOException {
        String value = nested(50);
        readsInEveryFormat(value, new byte[0], value.replace(" ", "").length());
    }

    @Test
    void aMultiMegabyteStringIsRead() throws IOException {
        String big = "x".repeat(3 * 1024 * 1024);
        readsInEveryFormat("\"" + big + "\"", new byte[0], big.length() + 2);
    }

    @Test
    void aByteOrderMarkIsSkippedInEveryFormat() throws IOException {
        readsInEveryFormat("\"v\"", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 3);
    }
}
