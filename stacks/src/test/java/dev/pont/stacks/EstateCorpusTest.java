package dev.pont.stacks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.facts.Fact;
import dev.pont.core.facts.Facts;
import dev.pont.core.importer.Format;
import dev.pont.core.importer.ImportedPlan;
import dev.pont.core.json.Json;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.plan.Unknowns;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * corpus/estates: the same health-data platform on Azure as an ARM template, an {@code az group export}
 * and a {@code pulumi preview --json}. Each imports with the expected resources and tokens, and the
 * facts give the expected neutral roles, properties and lock-ins.
 */
class EstateCorpusTest {
    static final Path ESTATES = Path.of(System.getProperty("pont.root.dir", "..")).resolve("corpus/estates");
    static final Path TEMPLATE = ESTATES.resolve("health-data-azure.arm.json");
    static final Path EXPORT = ESTATES.resolve("health-data-azure.az-export.json");
    static final Path PREVIEW = ESTATES.resolve("health-data-azure.preview.json");

    /** The azure-native tokens of the estate, with how many resources of each. */
    static final Map<String, Integer> TOKENS = new TreeMap<>(Map.ofEntries(
            Map.entry("storage:StorageAccount", 2), Map.entry("storage:BlobServiceProperties", 2), Map.entry("storage:BlobContainer", 3),
            Map.entry("storage:BlobContainerImmutabilityPolicy", 1), Map.entry("keyvault:Vault", 1), Map.entry("keyvault:Key", 2),
            Map.entry("keyvault:Secret", 3), Map.entry("dbforpostgresql:Server", 1), Map.entry("dbforpostgresql:Configuration", 1),
            Map.entry("dbforpostgresql:Database", 1), Map.entry("dbforpostgresql:FirewallRule", 1), Map.entry("network:VirtualNetwork", 1),
            Map.entry("network:Subnet", 3), Map.entry("network:NetworkSecurityGroup", 2), Map.entry("network:SecurityRule", 1),
            Map.entry("network:PublicIPAddress", 1), Map.entry("network:NetworkInterface", 1), Map.entry("compute:Disk", 1),
            Map.entry("compute:VirtualMachine", 1), Map.entry("containerservice:ManagedCluster", 1), Map.entry("containerservice:AgentPool", 1),
            Map.entry("managedidentity:UserAssignedIdentity", 2), Map.entry("authorization:RoleAssignment", 2),
            Map.entry("operationalinsights:Workspace", 1), Map.entry("insights:DiagnosticSetting", 2), Map.entry("databricks:Workspace", 1),
            Map.entry("synapse:Workspace", 1), Map.entry("synapse:SqlPool", 1), Map.entry("documentdb:DatabaseAccount", 1),
            Map.entry("documentdb:SqlResourceSqlDatabase", 1), Map.entry("web:AppServicePlan", 1), Map.entry("web:WebApp", 1),
            Map.entry("eventhub:Namespace", 1), Map.entry("eventhub:EventHub", 1), Map.entry("apimanagement:ApiManagementService", 1),
            Map.entry("healthbot:HealthBot", 1)));

    /** Neutral roles of the estate's 49 cloud resources. */
    static final Map<String, Long> ROLES = new TreeMap<>(Map.ofEntries(
            Map.entry("object-store", 8L), Map.entry("key-vault", 3L), Map.entry("secret", 3L), Map.entry("database", 4L),
            Map.entry("network", 4L), Map.entry("firewall", 3L), Map.entry("audit-log", 3L), Map.entry("kubernetes-cluster", 2L),
            Map.entry("service-identity", 2L), Map.entry("identity-binding", 2L), Map.entry("block-volume", 1L),
            Map.entry("virtual-machine", 1L), Map.entry("network-interface", 1L), Map.entry("public-ip", 1L), Map.entry("unmapped", 11L)));

    static final List<String> LOCK_INS = List.of("apimanagement:ApiManagementService", "databricks:Workspace", "documentdb:DatabaseAccount",
            "documentdb:SqlResourceSqlDatabase", "eventhub:EventHub", "eventhub:Namespace", "synapse:SqlPool", "synapse:Workspace",
            "web:AppServicePlan", "web:WebApp");

    static Map<String, Integer> tokens(ImportedPlan plan) {
        return plan.plan().cloudResources().stream().collect(Collectors.groupingBy(r -> r.type().substring("azure-native:".length()),
                TreeMap::new, Collectors.summingInt(r -> 1)));
    }

    static Map<String, Fact> facts(ImportedPlan plan) {
        return Facts.of(plan.plan(), Extractors.all()).facts().stream().collect(Collectors.toMap(Fact::name, Function.identity()));
    }

    static void rolesAndLockIns(Map<String, Fact> facts, Function<String, String> name) {
        Map<String, Long> roles = facts.values().stream().collect(Collectors.groupingBy(Fact::role, TreeMap::new, Collectors.counting()));
        assertThat(roles).isEqualTo(ROLES);
        assertThat(facts.values().stream().filter(f -> f.reason() != null && f.reason().startsWith("lock-in: "))
                .map(f -> f.type().substring("azure-native:".length())).sorted().toList()).isEqualTo(LOCK_INS);
        assertThat(facts.get(name.apply("hds-triage-bot")).reason()).startsWith("no neutral role is known for azure-native:healthbot:");
    }

    @Test
    void theAzGroupExportImportsWithEveryResourceAndItsFacts() {
        ImportedPlan plan = Estates.read(EXPORT, null);
        assertThat(plan.format()).isEqualTo(Format.ARM);
        assertThat(plan.incomplete()).isFalse();
        assertThat(plan.plan().stack()).isEqualTo("health-data");
        assertThat(plan.plan().target()).isEqualTo("azure");
        assertThat(tokens(plan)).isEqualTo(TOKENS);
        Map<String, Fact> facts = facts(plan);
        rolesAndLockIns(facts, n -> n);
        assertThat(facts.get("hdsdatasets").properties()).containsAllEntriesOf(Map.of("keyCustody", "customer-hsm", "tlsMinimum", 1.2,
                "publicEndpoint", false, "zoneRedundant", true, "location", "francecentral", "httpsOnly", true));
        assertThat(facts.get("hdsdatasets/default").properties()).containsEntry("versioned", true).containsEntry("softDeleteDays", 30);
        assertThat(facts.get("hdsraw/default").properties()).containsEntry("versioned", false);
        assertThat(facts.get("hdsdatasets/default/cohorts/default").properties()).containsEntry("retentionDays", 3650)
                .containsEntry("retentionLocked", true);
        assertThat(facts.get("hds-kv").properties()).containsEntry("purgeProtection", true).containsEntry("publicEndpoint", false);
        assertThat(facts.get("hds-kv/storage-cmk").properties()).containsEntry("hsmBacked", true).containsEntry("rotationDays", 365);
        assertThat(facts.get("hds-kv/etl-api-key").properties()).containsEntry("secretExpiry", true);
        assertThat(facts.get("hds-kv/db-admin-password").properties()).containsEntry("secretExpiry", false);
        assertThat(facts.get("hds-pg").properties()).containsEntry("version", "16").containsEntry("backupRetentionDays", 35)
                .containsEntry("zoneRedundant", true).containsEntry("keyCustody", "customer-hsm").containsEntry("sizeGiB", 512);
        assertThat(facts.get("hds-data-nsg").properties()).containsEntry("denyByDefault", true)
                .containsEntry("allowRules", List.of("inbound tcp 5432 from 10.20.0.0/22"));
        assertThat(facts.get("hds-analysis").properties()).containsEntry("publicIp", true).containsEntry("vcpu", 8);
        assertThat(facts.get("hds-aks").properties()).containsEntry("privateApi", true).containsEntry("nodePools", List.of("system:3-3"));
        assertThat(facts.get("hds-aks/compute").properties()).containsEntry("nodePools", List.of("compute:2-6"));
        assertThat(facts.get("hds-logs").properties()).containsEntry("logRetentionDays", 365);
        assertThat(facts.get("1f0c3f4e-0000-4000-8000-000000000001").properties().get("grants").toString())
                .startsWith("[read:/subscriptions/x/resourceGroups/hds/providers/Microsoft.Storage/storageAccounts/hdsdatasets");
        assertThat(Json.pretty(plan.plan())).doesNotContain("not-a-real-password");
    }

    @Test
    void theTemplateKeepsItsExpressionsUnknownAndItsFactsSaySo() {
        ImportedPlan plan = Estates.read(TEMPLATE, null);
        assertThat(plan.format()).isEqualTo(Format.ARM);
        assertThat(tokens(plan)).isEqualTo(TOKENS);
        PlannedResource account = plan.plan().resources().stream().filter(r -> r.name().equals("hdsdatasets")).findFirst().orElseThrow();
        assertThat(account.inputs()).containsEntry("minimumTlsVersion", Unknowns.UNKNOWN).containsEntry("location", Unknowns.UNKNOWN)
                .containsEntry("accountName", "hdsdatasets");
        PlannedResource container = plan.plan().resources().stream().filter(r -> r.name().equals("hdsdatasets/default/cohorts")).findFirst().orElseThrow();
        assertThat(container.inputs()).containsEntry("accountName", "hdsdatasets").containsEntry("containerName", "cohorts")
                .doesNotContainKey("blobServicesName");
        assertThat(container.dependencies()).containsExactly(
                "urn:pulumi:azure::health-data-azure::azure-native:storage:BlobServiceProperties::hdsdatasets/default");
        Map<String, Fact> facts = facts(plan);
        rolesAndLockIns(facts, n -> n);
        // An unknown TLS floor is unknown, never Azure's default for an absent one (1.0); a known setting stays known.
        assertThat(facts.get("hdsdatasets").properties()).containsEntry("tlsMinimum", Unknowns.UNKNOWN)
                .containsEntry("location", Unknowns.UNKNOWN).containsEntry("publicEndpoint", false).containsEntry("keyCustody", "customer-hsm");
        assertThat(facts.get("hds-kv/storage-cmk").properties()).containsEntry("location", Unknowns.UNKNOWN).containsEntry("hsmBacked", true);
        PlannedResource vm = plan.plan().resources().stream().filter(r -> r.name().equals("hds-analysis")).findFirst().orElseThrow();
        assertThat(Json.mapper().valueToTree(vm.inputs()).at("/osProfile/adminPassword").asText()).isEqualTo(Unknowns.UNKNOWN);
        assertThat(vm.dependencies()).containsExactly("urn:pulumi:azure::health-data-azure::azure-native:network:NetworkInterface::hds-analysis-nic");
    }

    @Test
    void thePreviewImportsTheStackAsItWillBe() {
        ImportedPlan plan = Estates.read(PREVIEW, null);
        assertThat(plan.format()).isEqualTo(Format.PREVIEW_JSON);
        assertThat(plan.plan().target()).isEqualTo("prod");
        Map<String, Integer> expected = new TreeMap<>(TOKENS);
        expected.remove("healthbot:HealthBot");
        expected.put("healthbot:Bot", 1);
        expected.put("network:PublicIPAddress", 2);
        expected.put("resources:ResourceGroup", 1);
        assertThat(tokens(plan)).isEqualTo(expected);
        assertThat(plan.plan().resources()).hasSize(53);
        assertThat(plan.plan().warnings()).containsExactly(
                "left out azure-native:storage:StorageAccount hdslegacy: the previewed update deletes it (op delete)");
        Map<String, Fact> facts = facts(plan);
        assertThat(facts.get("hds-analysis-nic").properties()).containsEntry("publicIp", true);
        assertThat(facts.get("hdsdatasets").properties()).containsEntry("tlsMinimum", 1.2).containsEntry("keyCustody", "customer-hsm");
        assertThat(facts.values().stream().filter(f -> f.reason() != null && f.reason().startsWith("lock-in: ")).count()).isEqualTo(10);
        assertThat(Json.pretty(plan.plan())).doesNotContain("[secret]").doesNotContain("not-a-real-password");
    }
}
