package dev.pont.providers.azure;

import static dev.pont.core.spec.FirewallRule.Endpoint;
import static dev.pont.core.spec.FirewallRule.PortRange;
import static dev.pont.core.spec.FirewallRule.Protocol;

import dev.pont.core.platform.PontStack;
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

/**
 * A stack using every service, shaped like the reference health-data stack (which lives in the
 * stacks module, out of this module's reach).
 */
final class FullStack {
    static final Labels LABELS = Labels.dataClass("health");

    static final PontStack HEALTH_DATA = Previews.stack(Placement.in(Jurisdiction.FR).withZoneRedundancy(), p -> {
        p.network("core", NetworkSpec.of("10.20.0.0/16",
                SubnetSpec.of("data", "10.20.1.0/24"),
                SubnetSpec.of("compute", "10.20.2.0/23"),
                SubnetSpec.of("admin", "10.20.4.0/24")).labels(LABELS));
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
                        Endpoint.subnet("core", "compute"), Endpoint.cidr("0.0.0.0/0"))).labels(LABELS));
        p.keyVault("platform-keys", KeyVaultSpec.withKeys(
                        KeySpec.rsa("datasets-cmk", 3072, 365).hsm(),
                        KeySpec.rsa("disks-cmk", 3072, 365))
                .exposure(Exposure.privateIn(Refs.subnet("core", "data"))).labels(LABELS));
        p.secret("pseudonymisation-salt", SecretSpec.inVault("platform-keys", "pont:pseudonymisationSalt", 365).labels(LABELS));
        p.objectStore("datasets", ObjectStoreSpec.privateStore()
                .retention(3650, true)
                .encryptedWith(Refs.key("platform-keys", "datasets-cmk"))
                .exposure(Exposure.privateIn(Refs.subnet("core", "data")))
                .labels(LABELS));
        p.database("catalog", DatabaseSpec.postgres("16", Size.of(4, 16), 256)
                .highlyAvailable(true)
                .backupRetentionDays(35)
                .encryptedWith(Refs.key("platform-keys", "datasets-cmk"))
                .exposure(Exposure.privateIn(Refs.subnet("core", "data")))
                .labels(LABELS));
        p.kubernetesCluster("analysis", KubernetesClusterSpec.of("1.30", Refs.subnet("core", "compute"),
                        NodePoolSpec.of("system", Size.of(4, 16), 2, 3),
                        NodePoolSpec.of("analysis", Size.of(8, 64), 0, 10))
                .adminCidrs(Cidr.parse("10.20.4.0/24"))
                .labels(LABELS));
        p.blockVolume("admin-data", BlockVolumeSpec.of(128, VolumeClass.BALANCED_SSD)
                .encryptedWith(Refs.key("platform-keys", "disks-cmk")).labels(LABELS));
        p.virtualMachine("admin-bastion", VirtualMachineSpec.of(Size.of(2, 8), OsImage.ubuntu("24.04"), Refs.subnet("core", "admin"))
                .volumes("admin-data")
                .diskEncryptedWith(Refs.key("platform-keys", "disks-cmk"))
                .labels(LABELS));
        p.serviceIdentity("analysis-runner", ServiceIdentitySpec.granting(
                Grant.read("datasets"),
                Grant.read("catalog")).labels(LABELS));
        p.serviceIdentity("ingestion", ServiceIdentitySpec.granting(
                Grant.write("datasets"),
                Grant.write("catalog"),
                Grant.read("pseudonymisation-salt")).labels(LABELS));
        p.auditLog("audit", AuditLogSpec.everything(365).labels(LABELS));
    });

    private FullStack() {}
}
