package dev.pont.cli;

import static dev.pont.cli.CliTest.pont;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pont diff} in-process: neutral differences, exit codes, formats, and no output file on input errors. */
class DiffCommandTest {
    static final Path GOLDEN = CliTest.ROOT.resolve("stacks/src/test/resources/golden");
    static final String AZURE = GOLDEN.resolve("health-data.azure.json").toString();
    static final String OUTSCALE = GOLDEN.resolve("health-data.outscale.json").toString();
    static final String EXPORT = CliTest.ROOT.resolve("core/src/test/resources/importer/health-data-azure.stack-export.json").toString();

    @TempDir
    Path dir;

    @Test
    void azureAndOutscaleDifferInNeutralTerms() {
        CliTest.Run run = pont("diff", AZURE, OUTSCALE);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("A: stack health-data, target azure (pont)")
                .contains("B: stack health-data, target outscale (pont)")
                .contains("pont:storage:ObjectStore datasets")
                .contains("keyCustody: ")
                .contains("Result: the plans differ");
    }

    @Test
    void theJsonReportFollowsTheDocumentedShape() throws IOException {
        CliTest.Run run = pont("diff", AZURE, OUTSCALE, "--format", "json", "--raw");
        assertThat(run.code()).isEqualTo(1);
        JsonNode doc = Json.mapper().readTree(run.out());
        assertThat(doc.get("version").asInt()).isEqualTo(1);
        assertThat(doc.get("a").get("target").asText()).isEqualTo("azure");
        assertThat(doc.get("a").get("source").asText()).isEqualTo("pont");
        assertThat(doc.get("b").get("stack").asText()).isEqualTo("health-data");
        assertThat(doc.get("b").get("target").asText()).isEqualTo("outscale");
        JsonNode datasets = null;
        for (JsonNode m : doc.get("matched")) {
            if (m.get("component").asText().equals("datasets")) {
                datasets = m;
            }
        }
        assertThat(datasets).isNotNull();
        assertThat(datasets.get("type").asText()).isEqualTo("pont:storage:ObjectStore");
        assertThat(datasets.get("differences").findValuesAsText("property")).contains("keyCustody");
        assertThat(datasets.get("raw").size()).isPositive();
        assertThat(doc.get("onlyInA").isArray()).isTrue();
        assertThat(doc.get("onlyInB").isArray()).isTrue();
        assertThat(doc.get("warnings").isArray()).isTrue();
        assertThat(pont("diff", AZURE, OUTSCALE, "--format", "json", "--raw").out()).isEqualTo(run.out());
    }

    @Test
    void aPlanDoesNotDifferFromItself() {
        for (String format : new String[] {"text", "json", "markdown"}) {
            CliTest.Run run = pont("diff", AZURE, AZURE, "--raw", "--format", format);
            assertThat(run.code()).as(format).isZero();
            assertThat(run.err()).as(format).isEmpty();
        }
        assertThat(pont("diff", AZURE, AZURE).out()).contains("Result: no difference");
    }

    @Test
    void aStackExportIsComparedWithAPlan() {
        CliTest.Run run = pont("diff", EXPORT, AZURE, "--raw", "--format", "markdown");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("stack health-data, target azure (stack-export)")
                .contains("## Only in B").contains("`pont:storage:Database` catalog")
                .contains("marked for deletion").doesNotContain("ciphertext");
        CliTest.Run forced = pont("diff", EXPORT, EXPORT, "--from", "stack-export");
        assertThat(forced.code()).isZero();
    }

    @Test
    void theReportIsWrittenToOutWhenThePlansDiffer() throws IOException {
        Path out = dir.resolve("diff.json");
        CliTest.Run run = pont("diff", AZURE, OUTSCALE, "--format", "json", "--out", out.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(Json.mapper().readTree(Files.readString(out)).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void anInputErrorExitsTwoWithOneLineAndWritesNoFile() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"version\": 2, \"deployment\": {}}");
        Path out = dir.resolve("diff.json");
        CliTest.Run run = pont("diff", AZURE, bad.toString(), "--out", out.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("pont: " + bad + ": $.version: deployment version 2 is not supported (Pont reads version 3); "
                + "export the stack again with Pulumi 3 (`pulumi stack export --file FILE`)" + System.lineSeparator());
        assertThat(out).doesNotExist();
        assertThat(run.out()).isEmpty();

        CliTest.Run missing = pont("diff", AZURE, dir.resolve("nowhere.json").toString(), "--out", out.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(out).doesNotExist();

        CliTest.Run unknown = pont("diff", AZURE, AZURE, "--from", "bicep", "--out", out.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown plan format bicep: use one of pont, stack-export, preview-json, arm");
        assertThat(out).doesNotExist();
    }
}
