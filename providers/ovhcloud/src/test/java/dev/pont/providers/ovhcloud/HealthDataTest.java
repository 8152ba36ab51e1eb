package dev.pont.providers.ovhcloud;

import static dev.pont.core.spec.FirewallRule.Endpoint;
import static dev.pont.core.spec.FirewallRule.PortRange;
import static dev.pont.core.spec.FirewallRule.Protocol;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Deviation;
import dev.pont.core.plan.Grade;
import dev.pont.core.plan.Plan;
import dev.pont.core.platform.Platform;
import dev.pont.core.preview.Preview;
import dev.pont.core.preview.PreviewConfig;
import dev.pont.core.spec.AuditLogSpec;
import dev.pont.core.spec.BlockVolumeSpec;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.FirewallRule;
import dev.pont.core.spec.FirewallSpec;
import dev.pont.core.spec.Grant;
import dev.pont.core.spec.Jurisdiction;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.KubernetesClusterSpec;
import dev.pont.core.spec.Labels;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.NodePoolSpec;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.OsImage;
import dev.pont.core.spec.Placement;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.SecretSpec;
import dev.pont.core.spec.ServiceIdentitySpec;
import dev.pont.core.spec.Size;
import dev.pont.core.spec.SubnetSpec;
import dev.pont.core.spec.VirtualMachineSpec;
import dev.pont.core.spec.VolumeClass;
import dev.pont.core.testing.ProviderSchema;
import dev.pont.providers.ovhcloud.bindings.Bindings;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reference health-data stack (a copy of {@code dev.pont.stacks.HealthData}, which this module
 * cannot depend on) with only the config the conformance suites give: it previews, its plan
 * matches both schemas, and each resource gets the grade OVHcloud can honestly claim.
 */
class HealthDataTest {
    static final Labels HEALTH = Labels.dataClass("health");

    static void define(Platform p) {
        p.network("core", NetworkSpec.of("10.20.0.0/16",
                SubnetSpec.of("data", "10.20.1.0/24"),
                SubnetSpec.of("compute", "10.20.2.0/23"),
                SubnetSpec.of("admin", "10.20.4.0/24")).labels(HEALTH));
        p.firewall("core-firewall", FirewallSpec.forNetwork("core",
                FirewallRule.allowIn("compute-to-postgres", Protocol.TCP, PortRange.of(5432),
                        Endpoint.subnet("core", "compute"), Endpoint.subnet("core", "data")),
                FirewallRule.allowIn("admin-ssh", Protocol.TCP, PortRange.of(22),
                        Endpoint.subnet("core", "admin"), Endpoint.subnet("core", "admin")),
                FirewallRule.allowIn("admin-to-postgres", Protocol.TCP, PortRange.of(5432),
                        Endpoint.subnet("core", "admin"), Endpoint.subnet("core", "data")),
                FirewallRule.allowIn("admin-to-kube-api", Protocol.TCP, PortRange.of(443),
                        Endpoint.subnet("core", "admin"), Endpoint.subnet("core", "compute")),
                FirewallRule.allowOut("compute-https-out", Protocol.TCP, PortRange.of(443),
                        Endpoint.subnet("core", "compute"), Endpoint.cidr("0.0.0.0/0"))).labels(HEALTH));
        p.keyVault("platform-keys", KeyVaultSpec.withKeys(
                        KeySpec.rsa("datasets-cmk", 3072, 365).hsm(),
                        KeySpec.rsa("disks-cmk", 3072, 365))
                .exposure(Exposure.privateIn(Refs.subnet("core", "data"))).labels(HEALTH));
        p.secret("pseudonymisation-salt", SecretSpec.inVault("platform-keys", "pont:pseudonymisationSalt", 365).labels(HEALTH));
        p.objectStore("datasets", ObjectStoreSpec.privateStore()
                .retention(3650, true)
                .encryptedWith(Refs.key("platform-keys", "datasets-cmk"))
                .exposure(Exposure.privateIn(Refs.subnet("core", "data")))
                .labels(HEALTH));
        p.database("catalog", DatabaseSpec.postgres("16", Size.of(4, 16), 256)
                .highlyAvailable(true)
                .backupRetentionDays(35)
                .encryptedWith(Refs.key("platform-keys", "datasets-cmk"))
                .exposure(Exposure.privateIn(Refs.subnet("core", "data")))
                .labels(HEALTH));
        p.kubernetesCluster("analysis", KubernetesClusterSpec.of("1.30", Refs.subnet("core", "compute"),
                        NodePoolSpec.of("system", Size.of(4, 16), 2, 3),
                        NodePoolSpec.of("analysis", Size.of(8, 64), 0, 10))
                .adminCidrs(Cidr.parse("10.20.4.0/24"))
                .labels(HEALTH));
        p.blockVolume("admin-data", BlockVolumeSpec.of(128, VolumeClass.BALANCED_SSD)
                .encryptedWith(Refs.key("platform-keys", "disks-cmk")).labels(HEALTH));
        p.virtualMachine("admin-bastion", VirtualMachineSpec.of(Size.of(2, 8), OsImage.ubuntu("24.04"), Refs.subnet("core", "admin"))
                .volumes("admin-data")
                .diskEncryptedWith(Refs.key("platform-keys", "disks-cmk"))
                .labels(HEALTH));
        p.serviceIdentity("analysis-runner", ServiceIdentitySpec.granting(Grant.read("datasets"), Grant.read("catalog")).labels(HEALTH));
        p.serviceIdentity("ingestion", ServiceIdentitySpec.granting(
                Grant.write("datasets"), Grant.write("catalog"), Grant.read("pseudonymisation-salt")).labels(HEALTH));
        p.auditLog("audit", AuditLogSpec.everything(365).labels(HEALTH));
    }

    private static Plan plan;

    /**
     * Previewed on first use, not in a static initialiser: the preview runs the stack's definition
     * on the engine's threads, which would wait for this class's initialisation forever.
     */
    static synchronized Plan plan() {
        if (plan == null) {
            plan = Preview.of(Previews.stack(Placement.in(Jurisdiction.FR).withZoneRedundancy(), HealthDataTest::define),
                    new OvhcloudAdapter(), new PreviewConfig(Map.of(
                            "pont:adminSshPublicKey", Previews.SSH_KEY,
                            OvhcloudAdapter.PROJECT_ID, Previews.PROJECT), Set.of()));
        }
        return plan;
    }

    @Test
    void thePlanMatchesBothSchemas() {
        assertThat(ProviderSchema.shared(Bindings.OVH_SCHEMA).checkPlan(plan(), "ovh:")).isEmpty();
        assertThat(ProviderSchema.shared(Bindings.OPENSTACK_SCHEMA).checkPlan(plan(), "openstack:")).isEmpty();
    }

    @Test
    void everyResourceGetsTheGradeOvhcloudCanClaim() {
        Map<String, Grade> grades = plan().deviations().stream().collect(Collectors.toMap(Deviation::resource, Deviation::grade, (a, b) -> a, TreeMap::new));
        // Every resource is labelled data-class=health, and Public Cloud's SecNumCloud and HDS status is unconfirmed.
        assertThat(grades).containsOnlyKeys("core", "core-firewall", "platform-keys", "pseudonymisation-salt", "datasets", "catalog",
                "analysis", "admin-data", "admin-bastion", "analysis-runner", "ingestion", "audit");
        assertThat(grades.values()).containsOnly(Grade.DEGRADED);
        assertThat(plan().deviations()).allSatisfy(d -> assertThat(d.reasons())
                .anySatisfy(r -> assertThat(r).contains("SecNumCloud").contains("[verify]"))
                .anySatisfy(r -> assertThat(r).contains("HDS").contains("[verify]")));
        assertThat(plan().deviations()).filteredOn(d -> d.resource().equals("pseudonymisation-salt")).singleElement()
                .satisfies(d -> assertThat(d.reasons()).hasSize(2));
    }

    @Test
    void whatAConfigFreePreviewStillNeedsIsAWarningNotAFailure() {
        assertThat(plan().warnings()).anySatisfy(w -> assertThat(w).contains("pont:pseudonymisationSalt"));
        assertThat(plan().warnings()).anySatisfy(w -> assertThat(w).contains("pont:ovhcloudLdpService"));
    }
}
