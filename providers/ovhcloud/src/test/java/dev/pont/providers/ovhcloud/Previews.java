package dev.pont.providers.ovhcloud;

import static dev.pont.core.spec.FirewallRule.Endpoint;
import static dev.pont.core.spec.FirewallRule.PortRange;
import static dev.pont.core.spec.FirewallRule.Protocol;

import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.platform.Platform;
import dev.pont.core.platform.PontStack;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Test stacks and the config a preview of them needs. */
final class Previews {
    static final String PROJECT = "0123456789abcdef0123456789abcdef";
    static final String SSH_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPontTestKeyOnly ops@example";
    static final String SALT = "pepper-salt-do-not-leak-4711";

    static final Map<String, String> CONFIG = Map.of(
            OvhcloudAdapter.PROJECT_ID, PROJECT,
            "pont:adminSshPublicKey", SSH_KEY,
            OvhcloudAdapter.LDP_SERVICE, "ldp-ab-12345",
            "pont:salt", SALT);

    private Previews() {}

    static PontStack stack(Placement placement, Consumer<Platform> body) {
        return new PontStack() {
            public String name() {
                return "demo";
            }

            public String description() {
                return "test stack";
            }

            public Placement placement() {
                return placement;
            }

            public void define(Platform p) {
                body.accept(p);
            }
        };
    }

    static PontStack stack(Consumer<Platform> body) {
        return stack(Placement.in(Jurisdiction.FR), body);
    }

    static Plan preview(PontStack stack) {
        return preview(stack, CONFIG);
    }

    static Plan preview(PontStack stack, Map<String, String> config) {
        return Preview.of(stack, new OvhcloudAdapter(), new PreviewConfig(config, Set.of("pont:salt")));
    }

    static Map<String, String> configWithout(String key) {
        Map<String, String> copy = new TreeMap<>(CONFIG);
        copy.remove(key);
        return copy;
    }

    /** A network with three subnets, as most tests need one. */
    static void network(Platform p) {
        p.network("core", NetworkSpec.of("10.20.0.0/16",
                SubnetSpec.of("data", "10.20.1.0/24"),
                SubnetSpec.of("compute", "10.20.2.0/23"),
                SubnetSpec.of("admin", "10.20.4.0/24")));
    }

    /** Every spec, modelled on the reference health-data stack. */
    static final Labels HEALTH = Labels.dataClass("health");

    static void everything(Platform p) {
        p.network("core", NetworkSpec.of("10.20.0.0/16",
                SubnetSpec.of("data", "10.20.1.0/24"),
                SubnetSpec.of("compute", "10.20.2.0/23"),
                SubnetSpec.of("admin", "10.20.4.0/24")).labels(HEALTH));
        p.firewall("core-firewall", FirewallSpec.forNetwork("core",
                FirewallRule.allowIn("compute-to-postgres", Protocol.TCP, PortRange.of(5432),
                        Endpoint.subnet("core", "compute"), Endpoint.subnet("core", "data")),
                FirewallRule.allowIn("admin-ssh", Protocol.TCP, PortRange.of(22),
                        Endpoint.subnet("core", "admin"), Endpoint.subnet("core", "admin")),
                FirewallRule.allowOut("compute-https-out", Protocol.TCP, PortRange.of(443),
                        Endpoint.subnet("core", "compute"), Endpoint.cidr("0.0.0.0/0"))));
        p.keyVault("platform-keys", KeyVaultSpec.withKeys(
                KeySpec.rsa("datasets-cmk", 3072, 365).hsm(),
                KeySpec.ec("signing", 384, 0)).labels(HEALTH));
        p.secret("salt", SecretSpec.inVault("platform-keys", "pont:salt", 365).labels(HEALTH));
        p.objectStore("datasets", ObjectStoreSpec.privateStore()
                .retention(3650, true)
                .encryptedWith(Refs.key("platform-keys", "datasets-cmk"))
                .exposure(Exposure.privateIn(Refs.subnet("core", "data")))
                .labels(HEALTH));
        p.database("catalog", DatabaseSpec.postgres("16", Size.of(4, 16), 256)
                .highlyAvailable(true)
                .backupRetentionDays(35)
                .exposure(Exposure.privateIn(Refs.subnet("core", "data"))));
        p.kubernetesCluster("analysis", KubernetesClusterSpec.of("1.30", Refs.subnet("core", "compute"),
                        NodePoolSpec.of("system", Size.of(4, 16), 2, 3),
                        NodePoolSpec.of("analysis", Size.of(8, 64), 0, 10))
                .adminCidrs(Cidr.parse("192.0.2.0/24")));
        p.blockVolume("admin-data", BlockVolumeSpec.of(128, VolumeClass.PERFORMANCE_SSD));
        p.virtualMachine("bastion", VirtualMachineSpec.of(Size.of(2, 8), OsImage.ubuntu("24.04"), Refs.subnet("core", "admin"))
                .volumes("admin-data")
                .publicIp(true));
        p.serviceIdentity("ingestion", ServiceIdentitySpec.granting(
                Grant.write("datasets"),
                Grant.read("catalog"),
                Grant.read("salt")));
        p.auditLog("audit", AuditLogSpec.everything(365));
    }

    static List<PlannedResource> ofType(Plan plan, String type) {
        return plan.resources().stream().filter(r -> r.type().equals(type)).toList();
    }

    static PlannedResource one(Plan plan, String type, String name) {
        return plan.resources().stream().filter(r -> r.type().equals(type) && r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " named " + name + " in " + plan.resources().stream()
                        .filter(r -> r.type().equals(type)).map(PlannedResource::name).toList()));
    }

    static List<String> reasons(Plan plan, String resource) {
        return plan.deviations().stream().filter(d -> d.resource().equals(resource)).flatMap(d -> d.reasons().stream()).toList();
    }
}
