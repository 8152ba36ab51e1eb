package dev.pont.providers.s3ns;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Test stacks and the config they need, previewed through the S3NS adapter. */
final class Stacks {
    static final String SSH_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPontTestKeyOnlyForPreview ops@pont";
    static final String SALT = "pepper-1234-do-not-leak";

    static final String PROJECT = "s3ns:pont-test-project";

    /** Config a real stack would carry: the project, the admin key, a secret and the day it was set. */
    static final Map<String, String> CONFIG = Map.of(
            "pont:s3nsProject", PROJECT,
            "pont:adminSshPublicKey", SSH_KEY,
            "pont:pseudonymisationSalt", SALT,
            "pont:pseudonymisationSaltIssuedOn", "2026-01-15");

    private Stacks() {}

    static PontStack stack(Placement placement, Consumer<Platform> body) {
        return new PontStack() {
            public String name() { return "demo"; }
            public String description() { return "test stack"; }
            public Placement placement() { return placement; }
            public void define(Platform p) { body.accept(p); }
        };
    }

    static PontStack stack(Consumer<Platform> body) {
        return stack(Placement.in(Jurisdiction.FR), body);
    }

    static Plan preview(PontStack stack) {
        return preview(stack, Map.of());
    }

    static Plan preview(PontStack stack, Map<String, String> overrides) {
        Map<String, String> config = new HashMap<>(CONFIG);
        config.putAll(overrides);
        config.values().removeIf(String::isEmpty);
        return Preview.of(stack, new S3nsAdapter(), new PreviewConfig(config, Set.of("pont:pseudonymisationSalt")));
    }

    static void network(Platform p) {
        p.network("core", NetworkSpec.of("10.20.0.0/16",
                SubnetSpec.of("data", "10.20.1.0/24"),
                SubnetSpec.of("compute", "10.20.2.0/23"),
                SubnetSpec.of("admin", "10.20.4.0/24")));
    }

    /** Every neutral service once, shaped like the reference health-data stack. */
    static final PontStack EVERYTHING = stack(Placement.in(Jurisdiction.FR).withZoneRedundancy(), p -> {
        Labels health = Labels.dataClass("health");
        network(p);
        p.firewall("core-firewall", FirewallSpec.forNetwork("core",
                FirewallRule.allowIn("compute-to-postgres", Protocol.TCP, PortRange.of(5432),
                        Endpoint.subnet("core", "compute"), Endpoint.subnet("core", "data")),
                FirewallRule.allowIn("admin-ssh", Protocol.TCP, PortRange.of(22),
                        Endpoint.subnet("core", "admin"), Endpoint.subnet("core", "admin")),
                FirewallRule.allowIn("ping", Protocol.ICMP, null, Endpoint.subnet("core", "admin"), Endpoint.any()),
                FirewallRule.allowOut("compute-https-out", Protocol.TCP, PortRange.of(443),
                        Endpoint.subnet("core", "compute"), Endpoint.cidr("0.0.0.0/0"))));
        p.keyVault("platform-keys", KeyVaultSpec.withKeys(KeySpec.rsa("datasets-cmk", 3072, 365), KeySpec.rsa("disks-cmk", 3072, 365)));
        p.secret("pseudonymisation-salt", SecretSpec.inVault("platform-keys", "pont:pseudonymisationSalt", 365));
        p.objectStore("datasets", ObjectStoreSpec.privateStore().retention(3650, true)
                .encryptedWith(Refs.key("platform-keys", "datasets-cmk"))
                .exposure(Exposure.privateIn(Refs.subnet("core", "data"))).labels(health));
        p.database("catalog", DatabaseSpec.postgres("16", Size.of(4, 16), 256).highlyAvailable(true).backupRetentionDays(35)
                .exposure(Exposure.privateIn(Refs.subnet("core", "data"))).labels(health));
        p.kubernetesCluster("analysis", KubernetesClusterSpec.of("1.30", Refs.subnet("core", "compute"),
                        NodePoolSpec.of("system", Size.of(4, 16), 2, 2),
                        NodePoolSpec.of("analysis", Size.of(8, 64), 0, 10))
                .adminCidrs(Cidr.parse("203.0.113.0/24")));
        p.blockVolume("admin-data", BlockVolumeSpec.of(128, VolumeClass.PERFORMANCE_SSD)
                .encryptedWith(Refs.key("platform-keys", "disks-cmk")));
        p.virtualMachine("admin-bastion", VirtualMachineSpec.of(Size.of(2, 8), OsImage.ubuntu("24.04"), Refs.subnet("core", "admin"))
                .volumes("admin-data"));
        p.serviceIdentity("ingestion", ServiceIdentitySpec.granting(
                Grant.write("datasets"), Grant.read("admin-data"), Grant.read("pseudonymisation-salt")));
        p.auditLog("audit", AuditLogSpec.everything(365));
    });

    static List<PlannedResource> ofType(Plan plan, String type) {
        return plan.resources().stream().filter(r -> r.type().equals(type)).toList();
    }

    static PlannedResource named(Plan plan, String name) {
        return plan.resources().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no resource named " + name));
    }

    static List<String> reasons(Plan plan, String resource) {
        return plan.deviations().stream().filter(d -> d.resource().equals(resource)).flatMap(d -> d.reasons().stream()).toList();
    }
}
