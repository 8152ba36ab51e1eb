package dev.pont.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: every command, format and error path, with its exit code. */
class CliTest {
    static final Path ROOT = Path.of(System.getProperty("pont.root.dir", ".."));

    record Run(int code, String out, String err) {
    }

    static Run pont(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        System.setProperty("pont.home", ROOT.toString());
        int code = Pont.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void stacksAndTargetsAreListed() {
        Run stacks = pont("stacks");
        assertThat(stacks.code()).isZero();
        assertThat(stacks.out()).contains("health-data").contains("starter");
        Run targets = pont("targets");
        assertThat(targets.code()).isZero();
        assertThat(targets.out()).contains("azure").contains("Microsoft Azure").contains("azure-native 2.10.0");
    }

    @Test
    void versionNamesPontAndThePulumiPackages() {
        Run version = pont("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).contains("pont ").contains("pulumi java sdk").contains("azure: azure-native 2.10.0");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"preview", "conformance", "diff", "check", "stacks", "targets"}) {
            Run help = pont(command, "--help");
            assertThat(help.code()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: pont " + command);
        }
    }

    @Test
    void previewTextShowsTheTreeTheCountsTheChoicesAndTheDeviations() {
        Run run = pont("preview", "health-data", "--target", "azure");
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("Previewing stack health-data on Microsoft Azure (target azure): offline")
                .contains("─ pont:storage:ObjectStore")
                .contains("azure-native:storage:StorageAccount")
                .contains("By type:")
                .contains("4 vCPU / 16 GiB -> Standard_D4s_v5")
                .contains("Deviations:")
                .contains("pulumi config set --secret pont:pseudonymisationSalt");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void previewJsonIsValidCompleteAndStable() {
        Run first = pont("preview", "health-data", "--target", "azure", "--format", "json");
        Run second = pont("preview", "health-data", "--target", "azure", "--format", "json");
        assertThat(first.code()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        JsonNode plan = parse(first.out());
        assertThat(plan.get("stack").asText()).isEqualTo("health-data");
        assertThat(plan.get("target").asText()).isEqualTo("azure");
        JsonNode resource = plan.get("resources").get(1);
        for (String field : new String[] {"urn", "type", "name", "custom", "inputs", "dependencies"}) {
            assertThat(resource.has(field)).as(field).isTrue();
        }
        assertThat(plan.get("resources").findValuesAsText("type")).contains("pont:storage:ObjectStore", "pont:storage:Database",
                "pont:network:Network", "pont:network:Firewall", "pont:security:KeyVault", "pont:security:Secret",
                "pont:compute:VirtualMachine", "pont:compute:KubernetesCluster", "pont:security:ServiceIdentity",
                "pont:observability:AuditLog", "pont:storage:BlockVolume");
    }

    @Test
    void previewOnAllTargetsEndsWithTheSideBySideSummary() {
        Run run = pont("preview", "health-data", "--target", "all");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("on Microsoft Azure").contains("(target ovhcloud)").contains("(target outscale)")
                .contains("Side by side (health-data):")
                .containsPattern("datasets \\(ObjectStore\\) +\\| degraded: .*StorageAccount.* \\| degraded: Storage \\| degraded: .*aws/BucketV2")
                .containsPattern("platform-keys \\(KeyVault\\) .*\\| unsupported: no cloud resource");
        JsonNode json = parse(pont("preview", "starter", "--target", "azure,outscale", "--format", "json").out());
        assertThat(json.get("targets").toString()).isEqualTo("[\"azure\",\"outscale\"]");
        assertThat(json.get("plans")).hasSize(2);
        assertThat(json.get("sideBySide").get(0).get("cells").has("outscale")).isTrue();
    }

    @Test
    void aSecretValueNeverReachesAnyOutput() {
        for (String format : new String[] {"text", "json", "markdown"}) {
            Run run = pont("preview", "health-data", "--target", "all", "--format", format,
                    "--config", "pont:pseudonymisationSalt=TopSecretSalt123");
            assertThat(run.code()).isZero();
            assertThat(run.out() + run.err()).as(format).doesNotContain("TopSecretSalt123");
        }
    }

    @Test
    void aMissingRequiredConfigValueNamesTheKeyAndTheFix() {
        Run run = pont("preview", "starter", "--target", "ovhcloud", "--config", "pont:ovhcloudProjectId=");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("pont: target ovhcloud: missing config value pont:ovhcloudProjectId")
                .contains("pulumi config set pont:ovhcloudProjectId");
    }

    @Test
    void conformanceOnAzurePassesInEveryFormat() {
        Run text = pont("conformance", "health-data", "--targets", "azure");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("Conformance of stack health-data on azure").contains("PASS: every difference is a declared deviation");
        JsonNode json = parse(pont("conformance", "health-data", "--targets", "azure", "--format", "json").out());
        assertThat(json.get("stack").asText()).isEqualTo("health-data");
        assertThat(json.get("targets").toString()).isEqualTo("[\"azure\"]");
        JsonNode first = json.get("resources").get(0);
        assertThat(first.has("type") && first.has("name") && first.has("grades") && first.has("differences")).isTrue();
        assertThat(pont("conformance", "starter", "--targets", "azure", "--format", "junit").out())
                .startsWith("<?xml").contains("<testsuite name=\"pont-conformance-starter\"");
        assertThat(pont("conformance", "starter", "--targets", "azure", "--format", "html").out())
                .startsWith("<!DOCTYPE html>").doesNotContain("<script").doesNotContain("http");
        assertThat(pont("conformance", "starter", "--targets", "azure", "--format", "markdown").out()).startsWith("## Conformance: `starter`");
    }

    @Test
    void previewMarkdownIsATablePerComponent() {
        Run run = pont("preview", "starter", "--target", "azure", "--format", "markdown");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("## Pont preview: `starter` on Microsoft Azure").contains("| Type | Name | Key inputs |");
    }

    @Test
    void outWritesTheReportAtomically(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.json");
        Run run = pont("preview", "starter", "--target", "azure", "--format", "json", "--out", file.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(parse(Files.readString(file)).get("stack").asText()).isEqualTo("starter");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void unknownStackIsAUsageErrorWithTheFixAndNoFile(@TempDir Path dir) {
        Path file = dir.resolve("plan.json");
        Run run = pont("preview", "nope", "--target", "azure", "--out", file.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("pont: unknown stack 'nope': use one of [health-data, starter] (see `pont stacks`)\n");
        assertThat(run.out()).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void unknownTargetIsAUsageError() {
        Run run = pont("preview", "health-data", "--target", "aws");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("pont: unknown target 'aws': use one of [azure").contains("or all");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(pont("preview", "health-data", "--format", "yaml").code()).isEqualTo(2);
        assertThat(pont("preview").code()).isEqualTo(2);
        assertThat(pont("frobnicate").code()).isEqualTo(2);
        Run config = pont("preview", "starter", "--config", "novalue");
        assertThat(config.code()).isEqualTo(2);
        assertThat(config.err()).contains("--config 'novalue' must be key=value");
    }

    @Test
    void outIntoAMissingDirectoryIsAUsageError(@TempDir Path dir) {
        Run run = pont("preview", "starter", "--out", dir.resolve("missing/plan.json").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("cannot write --out").contains("does not exist");
    }

    @Test
    void malformedConfigFileNamesTheFile(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("Pulumi.azure.yaml");
        Files.writeString(config, "config:\n  pont:target: [unclosed\n");
        Run run = pont("preview", "starter", "--config-file", config.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("pont: " + config + ": cannot read stack config").contains("fix the YAML syntax");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void verboseAddsTheStackTrace() {
        Run quiet = pont("preview", "nope");
        Run verbose = pont("--verbose", "preview", "nope");
        assertThat(quiet.err()).doesNotContain("\tat ");
        assertThat(verbose.err()).contains("\tat ").contains("PontException");
        assertThat(verbose.code()).isEqualTo(2);
    }

    static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + e.getMessage());
        }
    }
}
