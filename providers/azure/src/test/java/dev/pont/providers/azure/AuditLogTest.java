package dev.pont.providers.azure;

import static dev.pont.providers.azure.Previews.at;
import static dev.pont.providers.azure.Previews.component;
import static dev.pont.providers.azure.Previews.named;
import static dev.pont.providers.azure.Previews.one;
import static dev.pont.providers.azure.Previews.preview;
import static dev.pont.providers.azure.Previews.stack;
import static dev.pont.providers.azure.Previews.under;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.platform.Platform;
import dev.pont.core.spec.AuditLogSpec;
import dev.pont.core.spec.AuditLogSpec.Category;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.KubernetesClusterSpec;
import dev.pont.core.spec.Labels;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.NodePoolSpec;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.OsImage;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.Size;
import dev.pont.core.spec.SubnetSpec;
import dev.pont.core.spec.VirtualMachineSpec;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuditLogTest {
    static final String ACTIVITY_LOG = "control-plane changes (who created, changed or deleted Azure resources) stay in the"
            + " subscription's Activity Log, which Azure keeps 90 days: Pont does not change subscription-wide diagnostic settings (at"
            + " most 5 per subscription, shared by every workload); route the Activity Log to this workspace once per subscription";

    static final Consumer<Platform> EVERYTHING = p -> {
        p.network("net", NetworkSpec.of("10.20.0.0/16", SubnetSpec.of("nodes", "10.20.0.0/22"), SubnetSpec.of("ops", "10.20.8.0/24")));
        p.keyVault("keys", KeyVaultSpec.withKeys());
        p.objectStore("datasets", ObjectStoreSpec.privateStore());
        p.database("catalog", DatabaseSpec.postgres("16", Size.of(2, 8), 32));
        p.kubernetesCluster("apps", KubernetesClusterSpec.of("1.31", Refs.subnet("net", "nodes"), NodePoolSpec.of("system", Size.of(2, 8), 1, 2)));
        p.virtualMachine("bastion", VirtualMachineSpec.of(Size.of(2, 8), OsImage.ubuntu("24.04"), Refs.subnet("net", "ops")));
    };

    static Plan plan;

    @BeforeAll
    static void previewOnce() {
        plan = preview(stack(p -> {
            EVERYTHING.accept(p);
            p.auditLog("audit", AuditLogSpec.everything(365));
        }));
    }

    static List<Map<String, Object>> logs(Plan plan, String name) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> logs = (List<Map<String, Object>>) at(named(plan, name), "logs");
        return logs;
    }

    @Test
    void aWorkspaceKeepingLogsTheRetentionAskedWithNoCapAndEntraOnlyAccess() {
        PlannedResource workspace = one(plan, "audit", "azure-native:operationalinsights:Workspace");
        assertThat(workspace.parent()).isEqualTo(component(plan, "audit").urn());
        assertThat(workspace.inputs()).containsEntry("retentionInDays", 365L).containsEntry("sku", Map.of("name", "PerGB2018"))
                .containsEntry("workspaceCapping", Map.of("dailyQuotaGb", -1L))
                .containsEntry("features", Map.of("disableLocalAuth", true, "enableLogAccessUsingOnlyResourcePermissions", true));
        assertThat(String.valueOf(at(workspace, "workspaceName"))).matches("log-audit-[0-9a-f]{6}");
    }

    @Test
    void everyEarlierResourceWithResourceLogsSendsThemToTheWorkspace() {
        List<PlannedResource> settings = under(plan, "audit", "azure-native:insights:DiagnosticSetting");
        assertThat(settings).extracting(PlannedResource::name).containsExactlyInAnyOrder("audit-keys-vault", "audit-datasets-blob",
                "audit-catalog-server", "audit-apps-cluster", "audit-net-nodes-nsg", "audit-net-ops-nsg");
        String workspace = named(plan, "audit-workspace").id();
        for (PlannedResource setting : settings) {
            assertThat(setting.inputs()).containsEntry("workspaceId", workspace).containsEntry("name", "pont-audit");
        }
        assertThat(at(named(plan, "audit-keys-vault"), "resourceUri")).isEqualTo(named(plan, "keys-vault").id());
        assertThat(at(named(plan, "audit-datasets-blob"), "resourceUri")).isEqualTo(named(plan, "datasets-blob").id());
        assertThat(named(plan, "datasets-blob").id()).endsWith("/blobServices/default");
        assertThat(at(named(plan, "audit-catalog-server"), "resourceUri")).isEqualTo(named(plan, "catalog-server").id());
        assertThat(at(named(plan, "audit-apps-cluster"), "resourceUri")).isEqualTo(named(plan, "apps-aks").id());
        assertThat(at(named(plan, "audit-net-ops-nsg"), "resourceUri")).isEqualTo(named(plan, "net-ops-nsg").id());
    }

    @Test
    void categoriesMapToCategoryGroupsWhereSupportedAndToCategoriesElsewhere() {
        assertThat(logs(plan, "audit-keys-vault")).containsExactly(Map.of("categoryGroup", "audit", "enabled", true));
        // allLogs covers audit: only allLogs is sent.
        assertThat(logs(plan, "audit-catalog-server")).containsExactly(Map.of("categoryGroup", "allLogs", "enabled", true));
        assertThat(logs(plan, "audit-datasets-blob")).extracting(l -> l.get("category")).containsExactly("StorageDelete", "StorageRead", "StorageWrite");
        // kube-audit covers kube-audit-admin.
        assertThat(logs(plan, "audit-apps-cluster")).extracting(l -> l.get("category")).containsExactly("guard", "kube-audit");
        assertThat(logs(plan, "audit-net-ops-nsg")).extracting(l -> l.get("category"))
                .containsExactly("NetworkSecurityGroupEvent", "NetworkSecurityGroupRuleCounter");
    }

    @Test
    void whatResourceLogsCannotCollectIsDeclared() {
        assertThat(plan.deviations()).filteredOn(d -> d.resource().equals("audit")).singleElement().satisfies(d -> assertThat(d.reasons())
                .containsExactly(ACTIVITY_LOG,
                        "database 'catalog': statements reading or changing data are not logged one by one; that needs the pgaudit"
                                + " extension (shared_preload_libraries and a restart), which Pont does not enable; server logs and"
                                + " session statistics are sent",
                        "virtual machine 'bastion': logins and commands (sshd, sudo) stay inside the VM; collecting them needs the Azure"
                                + " Monitor Agent and a data collection rule, which Pont does not install"));
    }

    @Test
    void fewerCategoriesFewerLogsAndFewerGaps() {
        Plan admin = preview(stack(p -> {
            EVERYTHING.accept(p);
            p.auditLog("audit", new AuditLogSpec(180, EnumSet.of(Category.ADMINISTRATIVE), Labels.NONE));
        }));
        assertThat(logs(admin, "audit-catalog-server")).containsExactly(Map.of("categoryGroup", "audit", "enabled", true));
        assertThat(logs(admin, "audit-apps-cluster")).extracting(l -> l.get("category")).containsExactly("kube-audit-admin");
        assertThat(logs(admin, "audit-datasets-blob")).extracting(l -> l.get("category")).containsExactly("StorageDelete", "StorageWrite");
        // NSGs write no administrative logs: no setting.
        assertThat(admin.resources()).noneMatch(r -> r.name().startsWith("audit-net-"));
        assertThat(admin.deviations()).filteredOn(d -> d.resource().equals("audit")).singleElement()
                .satisfies(d -> assertThat(d.reasons()).containsExactly(ACTIVITY_LOG));
        Plan security = preview(stack(p -> {
            p.network("net", NetworkSpec.of("10.20.0.0/16", SubnetSpec.of("ops", "10.20.8.0/24")));
            p.database("catalog", DatabaseSpec.postgres("16", Size.of(2, 8), 32));
            p.virtualMachine("bastion", VirtualMachineSpec.of(Size.of(2, 8), OsImage.ubuntu("24.04"), Refs.subnet("net", "ops")));
            p.auditLog("audit", new AuditLogSpec(180, EnumSet.of(Category.SECURITY), Labels.NONE));
        }));
        assertThat(security.deviations()).filteredOn(d -> d.resource().equals("audit")).singleElement()
                .satisfies(d -> assertThat(d.reasons()).singleElement().asString().startsWith("virtual machine 'bastion'"));
    }

    @Test
    void retentionBeyondTheWorkspaceLimitsIsCappedAndDeclared() {
        Plan decade = preview(stack(p -> p.auditLog("audit", new AuditLogSpec(3650, EnumSet.of(Category.SECURITY), Labels.NONE))));
        assertThat(at(named(decade, "audit-workspace"), "retentionInDays")).isEqualTo(730L);
        assertThat(decade.deviations()).singleElement().satisfies(d -> assertThat(d.reasons()).containsExactly(
                "logs are kept 730 days, not 3650: a Log Analytics workspace keeps logs searchable at most 730 days; longer retention"
                        + " needs per-table archive settings or an export to immutable storage, which Pont does not set up"));
        Plan week = preview(stack(p -> p.auditLog("audit", new AuditLogSpec(7, EnumSet.of(Category.SECURITY), Labels.NONE))));
        assertThat(at(named(week, "audit-workspace"), "retentionInDays")).isEqualTo(30L);
        assertThat(week.deviations()).singleElement().satisfies(d -> assertThat(d.reasons()).containsExactly(
                "logs are kept 30 days, longer than the 7 asked: the workspace minimum"));
    }
}
