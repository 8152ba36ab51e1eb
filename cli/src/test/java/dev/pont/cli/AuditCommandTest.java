package dev.pont.cli;

import static dev.pont.cli.CliTest.pont;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pont.cli.bench.EstateGenerator;
import dev.pont.core.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pont audit} on the corpus estate: golden reports (regenerate with
 * {@code ./mvnw -o -pl cli -am test -Dtest=AuditCommandTest -Dpont.golden.update=true -Dsurefire.failIfNoSpecifiedTests=false}),
 * the inventory's classification, grades and scores that move when the estate changes, and errors.
 */
class AuditCommandTest {
    static final Path ESTATE = CliTest.ROOT.resolve("corpus/estates/health-data-azure.stack-export.json");
    static final Path GOLDEN = CliTest.ROOT.resolve("cli/src/test/resources/golden/audit");
    static final String TARGETS = "ovhcloud,outscale,s3ns";

    static JsonNode report;

    @TempDir
    Path dir;

    @BeforeAll
    static void audit() throws IOException {
        CliTest.Run run = pont("audit", ESTATE.toString(), "--targets", TARGETS, "--format", "json");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isEqualTo(1);
        report = Json.mapper().readTree(run.out());
    }

    @Test
    void goldenReports() throws IOException {
        for (String[] f : new String[][] {{"json", "json"}, {"markdown", "md"}, {"html", "html"}}) {
            CliTest.Run run = pont("audit", ESTATE.toString(), "--targets", TARGETS, "--format", f[0]);
            assertThat(run.code()).isEqualTo(1);
            Path golden = GOLDEN.resolve("health-data-azure." + f[1]);
            if (Boolean.getBoolean("pont.golden.update")) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
            }
            assertThat(golden).as("golden report %s (regenerate with -Dpont.golden.update=true)", golden).exists();
            assertThat(run.out()).as("audit report %s", f[0]).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
            assertThat(pont("audit", ESTATE.toString(), "--targets", TARGETS, "--format", f[0]).out()).isEqualTo(run.out());
        }
    }

    @Test
    void theCorpusIsTheEstateTheIssueAsksFor() throws IOException {
        JsonNode export = Json.mapper().readTree(ESTATE.toFile());
        assertThat(export.get("version").asInt()).isEqualTo(3);
        JsonNode resources = export.get("deployment").get("resources");
        assertThat(resources.size()).isGreaterThan(100);
        List<String> types = resources.findValuesAsText("type");
        assertThat(types).contains("pulumi:pulumi:Stack", "pulumi:providers:azure-native", "pulumi:providers:azuread",
                "health:platform:DataPlatform", "azure-native:resources:ResourceGroup", "azure-native:network:VirtualNetwork",
                "azure-native:network:NetworkSecurityGroup", "azure-native:storage:StorageAccount", "azure-native:storage:BlobContainer",
                "azure-native:keyvault:Vault", "azure-native:keyvault:Key", "azure-native:keyvault:Secret",
                "azure-native:dbforpostgresql:Server", "azure-native:dbforpostgresql:Configuration", "azure-native:dbforpostgresql:FirewallRule",
                "azure-native:containerservice:ManagedCluster", "azure-native:containerservice:AgentPool", "azure-native:compute:VirtualMachine",
                "azure-native:compute:Disk", "azure-native:network:NetworkInterface", "azure-native:managedidentity:UserAssignedIdentity",
                "azure-native:authorization:RoleAssignment", "azure-native:operationalinsights:Workspace", "azure-native:insights:DiagnosticSetting",
                "azure-native:databricks:Workspace", "azure-native:synapse:Workspace", "azure-native:documentdb:DatabaseAccount",
                "azure-native:web:WebApp", "azure-native:web:AppServicePlan", "azure-native:eventhub:Namespace",
                "azure-native:apimanagement:ApiManagementService", "azuread:index/application:Application",
                "azuread:index/servicePrincipal:ServicePrincipal", "azuread:index/group:Group");
        assertThat(export.get("deployment").get("pending_operations").size()).isEqualTo(1);
        assertThat(resources.findValues("delete").stream().filter(JsonNode::asBoolean).count()).isEqualTo(1);
        assertThat(resources.findValues("ciphertext")).isNotEmpty();
    }

    @Test
    void everyResourceIsInTheInventoryWithItsRoleOrWhyNot() {
        Map<String, JsonNode> byName = new HashMap<>();
        report.get("inventory").forEach(i -> byName.put(i.get("name").asText(), i));
        assertThat(report.get("inventory").size()).isEqualTo(report.get("summary").get("resources").asInt());
        assertThat(byName.get("health-platform-prod").get("category").asText()).isEqualTo("pulumi-internal");
        assertThat(byName.get("default_2_10_0").get("category").asText()).isEqualTo("pulumi-internal");
        assertThat(byName.get("platform").get("category").asText()).isEqualTo("component");
        assertThat(byName.get("rg-health-data").get("role").asText()).isEqualTo("resource-group");
        assertThat(byName.get("rg-health-data").get("category").asText()).isEqualTo("plumbing");
        JsonNode container = byName.get("datasets-container");
        assertThat(container.get("role").asText()).isEqualTo("object-store");
        assertThat(container.get("resource").asText()).isEqualTo("datasets-account");
        assertThat(container.get("stateful").asBoolean()).isTrue();
        JsonNode databricks = byName.get("analytics-databricks");
        assertThat(databricks.get("role").asText()).isEqualTo("unmapped");
        assertThat(databricks.get("category").asText()).isEqualTo("lock-in");
        assertThat(databricks.get("reason").asText()).startsWith("lock-in: Azure Databricks");
        assertThat(databricks.get("portable").asBoolean()).isFalse();
        assertThat(databricks.get("stateful").asBoolean()).isTrue();
        assertThat(byName.get("portal-app").get("stateful").asBoolean()).isFalse();
        assertThat(byName.get("portal-app-registration").get("category").asText()).isEqualTo("lock-in");
        assertThat(byName.get("exports-share").get("category").asText()).isEqualTo("unknown");
        // A pending operation and a resource pending deletion are noted, not skipped: the estate is complete.
        assertThat(report.get("source").get("complete").asBoolean()).isTrue();
        assertThat(report.get("warnings").toString()).contains("pending operation").contains("delete: true");
    }

    @Test
    void inferredSpecsCarryWhatTheEstateSays() {
        Map<String, JsonNode> byName = new HashMap<>();
        report.get("resources").forEach(r -> byName.put(r.get("name").asText(), r));
        JsonNode store = byName.get("datasets-account").get("spec");
        assertThat(store.get("retentionDays").asInt()).isEqualTo(3650);
        assertThat(store.get("encryptionKey").get("vault").asText()).isEqualTo("platform-keys-vault");
        assertThat(store.get("exposure").get("publicEndpoint").asBoolean()).isFalse();
        JsonNode exports = byName.get("exports-account").get("spec");
        assertThat(exports.get("exposure").get("publicEndpoint").asBoolean()).isTrue();
        assertThat(exports.get("exposure").get("allowedCidrs").toString()).contains("193.51.24.0/24");
        assertThat(exports.has("encryptionKey")).isFalse();
        JsonNode reporting = byName.get("reporting-server").get("spec");
        assertThat(reporting.get("version").asText()).isEqualTo("14");
        assertThat(reporting.get("storageGiB").asInt()).isEqualTo(128);
        assertThat(reporting.get("backupRetentionDays").asInt()).isEqualTo(14);
        JsonNode vm = byName.get("admin-bastion-vm").get("spec");
        assertThat(vm.get("subnet").get("network").asText()).isEqualTo("core-vnet");
        assertThat(vm.get("volumes").toString()).contains("admin-data-disk");
        assertThat(byName.get("ingestion-identity").get("spec").get("grants").toString())
                .contains("datasets-account").contains("pseudonymisation-salt-secret");
        assertThat(byName.get("admin-bastion-vm").get("assumed").toString()).contains("ubuntu-24.04");
        assertThat(byName.get("catalog-server").get("export").get("tool").asText()).contains("pg_dump -Fc");
        assertThat(byName.get("platform-keys-vault").get("export").get("tool").asText()).contains("re-encrypt");
    }

    @Test
    void theScoreIsTheDocumentedWeightedMeanOfTheGrades() {
        JsonNode values = report.get("scoring").get("gradeValues");
        report.get("targets").fields().forEachRemaining(e -> {
            double sum = 0;
            double weights = 0;
            for (JsonNode g : e.getValue().get("resources")) {
                int weight = g.get("stateful").asBoolean() ? 2 : 1;
                assertThat(g.get("weight").asInt()).isEqualTo(weight);
                sum += weight * values.get(g.get("grade").asText()).asDouble();
                weights += weight;
            }
            assertThat(e.getValue().get("score").asDouble()).as(e.getKey()).isEqualTo(Math.round(sum / weights * 1000) / 1000.0);
            assertThat(e.getValue().get("grades").size()).isEqualTo(e.getValue().get("resources").size());
        });
        assertThat(report.get("targets").get("outscale").get("grades").get("platform-keys-vault").asText()).isEqualTo("unsupported");
        assertThat(report.get("targets").get("s3ns").get("grades").get("core-vnet").asText()).isEqualTo("equivalent");
        assertThat(report.get("targets").get("s3ns").get("grades").get("analytics-databricks").asText()).isEqualTo("unmapped");
    }

    @Test
    void actionsNameTheAlternativesAndTheExports() {
        JsonNode actions = report.get("targets").get("outscale").get("actions");
        List<String> kinds = new ArrayList<>();
        actions.forEach(a -> kinds.add(a.get("kind").asText()));
        assertThat(kinds).containsSubsequence("replace", "export-lock-in", "redesign", "mitigate", "export", "confirm");
        for (int i = 0; i < actions.size(); i++) {
            assertThat(actions.get(i).get("order").asInt()).isEqualTo(i + 1);
        }
        assertThat(actions.toString()).contains("Apache Kafka").contains("pg_dump -Fc").contains("Redesign platform-keys-vault");
    }

    @Test
    void secretsAndCiphertextNeverReachAReport() {
        for (String format : List.of("json", "markdown", "html", "text")) {
            String out = pont("audit", ESTATE.toString(), "--targets", "s3ns", "--format", format).out();
            assertThat(out).doesNotContain("ciphertext").doesNotContain("AAABAJx0b3BzZWNyZXQ").doesNotContain("v1:");
        }
    }

    @Test
    void theHtmlReportIsSelfContained() throws IOException {
        String html = pont("audit", ESTATE.toString(), "--targets", "outscale", "--format", "html").out();
        assertThat(html).contains("<svg").contains("<style>").doesNotContain("<script").doesNotContain("<link")
                .doesNotContain("src=\"http").doesNotContain("@import").doesNotContain("url(");
    }

    // ---------------------------------------------------------------- the grades follow the estate

    @Test
    void withoutZoneRedundantDataTheDiskIsEquivalentOnS3ns() throws IOException {
        assertThat(grade(report, "s3ns", "admin-data-disk")).isEqualTo("degraded");
        JsonNode changed = auditOf(edit(r -> {
            JsonNode inputs = r.get("inputs");
            if (r.get("type").asText().equals("azure-native:storage:StorageAccount")) {
                ((ObjectNode) inputs.get("sku")).put("name", "Standard_LRS");
            }
            if (r.get("type").asText().equals("azure-native:compute:Disk")) {
                ((ObjectNode) inputs.get("sku")).put("name", "StandardSSD_LRS");
            }
            if (r.get("type").asText().equals("azure-native:dbforpostgresql:Server") && inputs.has("highAvailability")) {
                ((ObjectNode) inputs.get("highAvailability")).put("mode", "Disabled");
            }
        }));
        assertThat(grade(changed, "s3ns", "admin-data-disk")).isEqualTo("equivalent");
        assertThat(changed.get("targets").get("s3ns").get("score").asDouble())
                .isGreaterThan(report.get("targets").get("s3ns").get("score").asDouble());
    }

    @Test
    void aStoreWithoutItsCustomerKeyLosesTheKeyDifference() throws IOException {
        assertThat(reasons(report, "ovhcloud", "datasets-account")).contains("keyCustody");
        JsonNode changed = auditOf(edit(r -> {
            if (r.get("type").asText().equals("azure-native:storage:StorageAccount") && r.get("urn").asText().endsWith("::datasets-account")) {
                ObjectNode encryption = (ObjectNode) r.get("inputs").get("encryption");
                encryption.put("keySource", "Microsoft.Storage");
                encryption.remove("keyVaultProperties");
            }
        }));
        assertThat(spec(changed, "datasets-account").has("encryptionKey")).isFalse();
        assertThat(reasons(changed, "ovhcloud", "datasets-account")).doesNotContain("keyCustody");
    }

    @Test
    void anUnsupportedPostgresVersionIsUnsupportedEverywhere() throws IOException {
        assertThat(grade(report, "s3ns", "reporting-server")).isEqualTo("degraded");
        JsonNode changed = auditOf(edit(r -> {
            if (r.get("urn").asText().endsWith("::reporting-server")) {
                ((ObjectNode) r.get("inputs")).put("version", "12");
            }
        }));
        for (String target : TARGETS.split(",")) {
            assertThat(grade(changed, target, "reporting-server")).isEqualTo("unsupported");
        }
        assertThat(reasons(changed, "s3ns", "reporting-server")).contains("PostgreSQL 12 is not a version the targets offer");
    }

    @Test
    void removingTheLockInsRaisesTheScore() throws IOException {
        Path file = dir.resolve("no-lock-in.json");
        ObjectNode export = (ObjectNode) Json.mapper().readTree(ESTATE.toFile());
        ArrayNode resources = (ArrayNode) export.get("deployment").get("resources");
        ArrayNode kept = Json.mapper().createArrayNode();
        resources.forEach(r -> {
            String type = r.get("type").asText();
            if (!type.matches("azure-native:(databricks|synapse|documentdb|web|eventhub|apimanagement):.*|azuread:.*|azure-native:storage:FileShare")) {
                kept.add(r);
            }
        });
        ((ObjectNode) export.get("deployment")).set("resources", kept);
        Files.writeString(file, Json.pretty(export));
        JsonNode changed = auditOf(file);
        assertThat(changed.get("lockIns").size()).isZero();
        report.get("targets").fieldNames().forEachRemaining(t -> assertThat(changed.get("targets").get(t).get("score").asDouble())
                .isGreaterThan(report.get("targets").get(t).get("score").asDouble()));
    }

    @Test
    void identicalShapesAreRealisedOnceAndGradedAlike() throws IOException {
        Path file = dir.resolve("three.json");
        EstateGenerator.write(file, 3);
        JsonNode three = auditOf(file);
        assertThat(three.get("summary").get("inferred").asInt()).isEqualTo(3 * report.get("summary").get("inferred").asInt());
        assertThat(three.get("summary").get("shapes").asInt()).isEqualTo(report.get("summary").get("shapes").asInt());
        assertThat(grade(three, "outscale", "catalog-server-3")).isEqualTo(grade(report, "outscale", "catalog-server"));
        assertThat(reasons(three, "ovhcloud", "datasets-account-3")).isEqualTo(reasons(report, "ovhcloud", "datasets-account")
                .replace("platform-keys-vault", "platform-keys-vault-3").replace("datasets-cmk", "datasets-cmk-3"));
        assertThat(three.get("targets").get("s3ns").get("score").asDouble()).isEqualTo(report.get("targets").get("s3ns").get("score").asDouble());
    }

    // ---------------------------------------------------------------- errors

    @Test
    void aMissingEstateIsAnInputErrorAndWritesNothing() {
        Path out = dir.resolve("report.html");
        CliTest.Run run = pont("audit", dir.resolve("missing.json").toString(), "--format", "html", "--out", out.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("missing.json: no such file");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownTargetIsAUsageError() {
        CliTest.Run run = pont("audit", ESTATE.toString(), "--targets", "ovhcloud,nowhere");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown target 'nowhere'");
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Every estate format audits: the ARM template (expressions unknown), the az group export and the
     * pulumi preview --json of the same platform each give an inventory with the same lock-ins, neutral
     * resources re-realised and graded on every target, and a score that lock-ins keep below 1.
     */
    @Test
    void everyEstateFormatAudits() throws IOException {
        for (String[] f : new String[][] {{"health-data-azure.arm.json", "arm"}, {"health-data-azure.az-export.json", "arm"},
                {"health-data-azure.preview.json", "preview-json"}}) {
            CliTest.Run run = pont("audit", CliTest.ROOT.resolve("corpus/estates/" + f[0]).toString(), "--targets", TARGETS, "--format", "json");
            assertThat(run.code()).as(f[0] + ": " + run.err()).isEqualTo(1);
            assertThat(run.out()).as(f[0] + ": the unknown marker is never printed").doesNotContain(dev.pont.core.plan.Unknowns.UNKNOWN);
            JsonNode audit = Json.mapper().readTree(run.out());
            assertThat(audit.get("source").get("format").asText()).as(f[0]).isEqualTo(f[1]);
            List<String> lockIns = new ArrayList<>();
            audit.get("lockIns").forEach(l -> lockIns.add(l.get("type").asText()));
            assertThat(lockIns).as(f[0]).anyMatch(t -> t.startsWith("azure-native:databricks:"))
                    .anyMatch(t -> t.startsWith("azure-native:documentdb:"))
                    .anyMatch(t -> t.startsWith("azure-native:eventhub:"))
                    .anyMatch(t -> t.startsWith("azure-native:apimanagement:"));
            List<String> roles = new ArrayList<>();
            audit.get("resources").forEach(r -> roles.add(r.get("role").asText()));
            assertThat(roles).as(f[0]).contains("object-store", "database", "key-vault", "network");
            for (String target : TARGETS.split(",")) {
                JsonNode t = audit.get("targets").get(target);
                assertThat(t.get("score").asDouble()).as(f[0] + " on " + target).isGreaterThan(0.0).isLessThan(1.0);
                audit.get("resources").forEach(r -> assertThat(t.get("grades").has(r.get("name").asText()))
                        .as(f[0] + " on " + target + ": grade of " + r.get("name").asText()).isTrue());
            }
            if (f[0].endsWith(".arm.json")) {
                // The template gives its subnets no ids: the NIC's literal subnet id still places the VM by its tail.
                assertThat(spec(audit, "hds-analysis").get("subnet").toString()).isEqualTo("{\"network\":\"hds-vnet\",\"subnet\":\"vms\"}");
                List<String> subnets = new ArrayList<>();
                spec(audit, "hds-vnet").get("subnets").forEach(n -> subnets.add(n.get("name").asText()));
                assertThat(subnets).as("child subnets named by their own segment").containsExactly("aks", "data", "vms");
            }
            String html = pont("audit", CliTest.ROOT.resolve("corpus/estates/" + f[0]).toString(), "--targets", "outscale", "--format", "html").out();
            assertThat(html).as(f[0]).doesNotContain(dev.pont.core.plan.Unknowns.UNKNOWN).startsWith("<!DOCTYPE html>").doesNotContain("<script", "<link", "src=\"http", "@import", "url(");
        }
    }

    private Path edit(Consumer<JsonNode> change) throws IOException {
        ObjectNode export = (ObjectNode) Json.mapper().readTree(ESTATE.toFile());
        export.get("deployment").get("resources").forEach(change);
        Path file = dir.resolve("edited-" + System.nanoTime() + ".json");
        Files.writeString(file, Json.pretty(export));
        return file;
    }

    private static JsonNode auditOf(Path file) throws IOException {
        CliTest.Run run = pont("audit", file.toString(), "--targets", TARGETS, "--format", "json");
        assertThat(run.err()).isEmpty();
        return Json.mapper().readTree(run.out());
    }

    static String grade(JsonNode report, String target, String resource) {
        return report.get("targets").get(target).get("grades").get(resource).asText();
    }

    static String reasons(JsonNode report, String target, String resource) {
        for (JsonNode g : report.get("targets").get(target).get("resources")) {
            if (g.get("resource").asText().equals(resource)) {
                return g.get("reasons").toString();
            }
        }
        throw new AssertionError("no resource " + resource + " on " + target);
    }

    static JsonNode spec(JsonNode report, String resource) {
        for (JsonNode r : report.get("resources")) {
            if (r.get("name").asText().equals(resource)) {
                return r.get("spec");
            }
        }
        throw new AssertionError("no resource " + resource);
    }
}
