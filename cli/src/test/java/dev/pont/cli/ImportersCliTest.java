package dev.pont.cli;

import static dev.pont.cli.CliTest.pont;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code pont diff} on every import format, in-process: the estate corpus against a Pont preview and
 * against itself in other formats, the bad-input corpus (exit 2, one line, nothing written; or an
 * incomplete report), large input never echoed whole. Golden report regenerated with
 * {@code -Dpont.golden.update=true}.
 */
class ImportersCliTest {
    static final Path ROOT = CliTest.ROOT;
    static final Path ESTATES = ROOT.resolve("corpus/estates");
    static final String TEMPLATE = ESTATES.resolve("health-data-azure.arm.json").toString();
    static final String EXPORT = ESTATES.resolve("health-data-azure.az-export.json").toString();
    static final String PREVIEW = ESTATES.resolve("health-data-azure.preview.json").toString();
    static final String PONT_AZURE = DiffCommandTest.AZURE;
    static final Path BAD = ROOT.resolve("corpus/bad");
    static final Path GOLDEN = ROOT.resolve("cli/src/test/resources/golden/diff-arm-template-vs-az-export.md");

    @TempDir
    Path dir;

    @Test
    void anArmEstateIsComparedWithAPontPreviewInEveryReportFormat() throws IOException {
        CliTest.Run text = pont("diff", EXPORT, PONT_AZURE);
        assertThat(text.code()).isEqualTo(1);
        assertThat(text.err()).isEmpty();
        assertThat(text.out()).startsWith("A: stack health-data, target azure (arm)\nB: stack health-data, target azure (pont)\n")
                .contains("Only in A (").contains("azure-native:databricks:Workspace hds-databricks")
                .contains("Only in B (").contains("pont:storage:ObjectStore datasets");
        CliTest.Run json = pont("diff", EXPORT, PONT_AZURE, "--format", "json");
        JsonNode doc = Json.mapper().readTree(json.out());
        assertThat(doc.at("/a/source").asText()).isEqualTo("arm");
        assertThat(doc.at("/a/incomplete").asBoolean()).isFalse();
        assertThat(doc.at("/b/source").asText()).isEqualTo("pont");
        CliTest.Run markdown = pont("diff", EXPORT, PONT_AZURE, "--format", "markdown");
        assertThat(markdown.out()).startsWith("# Diff\n\n- **A**: stack health-data, target azure (arm)\n").contains("## Only in A");
        assertThat(pont("diff", EXPORT, PONT_AZURE, "--format", "json").out()).isEqualTo(json.out());
    }

    @Test
    void theSameEstateInThreeFormatsDiffersOnlyWhereTheTemplateCannotKnow() throws IOException {
        CliTest.Run run = pont("diff", TEMPLATE, EXPORT, "--format", "markdown");
        assertThat(run.code()).isEqualTo(1);
        if (Boolean.getBoolean("pont.golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, run.out());
        }
        assertThat(GOLDEN).as("golden report (regenerate with -Dpont.golden.update=true)").exists();
        assertThat(run.out()).isEqualTo(Files.readString(GOLDEN));
        assertThat(run.out()).contains("| object-store hdsdatasets | tlsMinimum | unknown | 1.2 |")
                .contains("| key-vault hds-kv | location | unknown | [francecentral] |");
        CliTest.Run exportVsPreview = pont("diff", EXPORT, PREVIEW);
        assertThat(exportVsPreview.out()).contains("(preview-json)")
                .contains("B: left out azure-native:storage:StorageAccount hdslegacy: the previewed update deletes it (op delete)");
        CliTest.Run forced = pont("diff", EXPORT, EXPORT, "--from", "arm");
        assertThat(forced.code()).isZero();
        CliTest.Run wrongForce = pont("diff", EXPORT, EXPORT, "--from", "preview-json");
        assertThat(wrongForce.code()).isEqualTo(2);
        assertThat(wrongForce.err()).isEqualTo("pont: " + EXPORT + ": $.steps: missing; write the preview again with "
                + "`pulumi preview --json > FILE`, or name the format with --from" + System.lineSeparator());
    }

    static Stream<Arguments> badFiles() throws IOException {
        JsonNode files = Json.mapper().readTree(BAD.resolve("expected.json").toFile()).get("files");
        List<Arguments> out = new ArrayList<>();
        files.fields().forEachRemaining(e -> out.add(Arguments.of(e.getKey(), e.getValue())));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void eachBadFileExitsTwoWithOneLineOrGivesAnIncompleteReport(String name, JsonNode expected) throws IOException {
        String file = BAD.resolve(name).toString();
        Path out = dir.resolve("report.json");
        CliTest.Run run = pont("diff", file, PONT_AZURE, "--format", "json", "--out", out.toString());
        if (expected.has("error")) {
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("pont: " + file + ": " + expected.get("error").asText() + System.lineSeparator());
            assertThat(run.out()).isEmpty();
            assertThat(out).doesNotExist();
        } else {
            assertThat(run.code()).as(run.err()).isEqualTo(1);
            JsonNode report = Json.mapper().readTree(out.toFile());
            assertThat(report.at("/a/incomplete").asBoolean()).isTrue();
            List<String> skipped = new ArrayList<>();
            report.at("/a/skipped").forEach(s -> skipped.add(s.asText()));
            List<String> expectedSkipped = new ArrayList<>();
            expected.get("skipped").forEach(s -> expectedSkipped.add(s.asText()));
            assertThat(skipped).isEqualTo(expectedSkipped);
            CliTest.Run text = pont("diff", file, PONT_AZURE);
            assertThat(text.out()).contains("A is incomplete: " + expectedSkipped.size() + " part(s) of the file were skipped")
                    .contains("A: " + expectedSkipped.get(0));
            assertThat(pont("diff", file, PONT_AZURE, "--format", "markdown").out()).contains("- **A is incomplete: ");
        }
    }

    @Test
    void aRejectedInputLeavesAnEarlierReportUntouched() throws IOException {
        Path out = dir.resolve("report.md");
        Files.writeString(out, "yesterday's report\n");
        CliTest.Run run = pont("diff", BAD.resolve("truncated.arm.json").toString(), PONT_AZURE, "--out", out.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo("yesterday's report\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.md");
        }
    }

    @Test
    void aMultiMegabyteValueIsNeverEchoedWholeIntoAReport() throws IOException {
        String big = "y".repeat(3 * 1024 * 1024);
        Path a = dir.resolve("a.arm.json");
        Path b = dir.resolve("b.arm.json");
        String head = "{\"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\", "
                + "\"resources\": [{\"type\": \"Microsoft.Storage/storageAccounts\", \"name\": \"data\", \"properties\": {\"note\": \"";
        Files.writeString(a, head + big + "\"}}]}", StandardCharsets.UTF_8);
        Files.writeString(b, head + "short\"}}]}", StandardCharsets.UTF_8);
        for (String format : List.of("text", "json", "markdown")) {
            CliTest.Run run = pont("diff", a.toString(), b.toString(), "--raw", "--format", format);
            assertThat(run.code()).as(format).isEqualTo(1);
            assertThat(run.out()).as(format).contains("note").contains("y".repeat(77) + "...").doesNotContain("y".repeat(81));
            assertThat(run.out().length()).as(format).isLessThan(5000);
        }
    }
}
