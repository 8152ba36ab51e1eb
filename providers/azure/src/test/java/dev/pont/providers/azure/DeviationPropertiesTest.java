package dev.pont.providers.azure;

import static dev.pont.providers.azure.Previews.preview;
import static dev.pont.providers.azure.Previews.stack;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Deviation;
import dev.pont.core.plan.Grade;
import dev.pont.core.plan.Plan;
import dev.pont.core.preview.Preview;
import dev.pont.core.preview.PreviewConfig;
import dev.pont.core.spec.AuditLogSpec;
import dev.pont.core.spec.AuditLogSpec.Category;
import dev.pont.core.spec.BlockVolumeSpec;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.Exposure;
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
import dev.pont.core.spec.ServiceIdentitySpec;
import dev.pont.core.spec.Size;
import dev.pont.core.spec.SubnetSpec;
import dev.pont.core.spec.VirtualMachineSpec;
import dev.pont.core.spec.VolumeClass;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every degradation names the neutral properties its reason affects, so that conformance accepts
 * differences on those only: a deviation naming none would cover the whole resource and hide any
 * other difference on it.
 */
class DeviationPropertiesTest {

    /** The resource's single deviation, with the properties it covers. */
    static List<String> properties(Plan plan, String resource) {
        List<Deviation> found = plan.deviations().stream().filter(d -> d.resource().equals(resource)).toList();
        assertThat(found).as("deviation of %s", resource).hasSize(1);
        return found.get(0).properties();
    }

    static Map<String, List<String>> byResource(Plan plan) {
        return plan.deviations().stream().collect(Collectors.toMap(Deviation::resource, Deviation::properties, (a, b) -> a, TreeMap::new));
    }

    @Test
    void degradationsOfTheStackUsingEverySpecNameTheNeutralPropertiesTheyCover() {
        // Without the secret's issue date, so that the expiry deviation is in the plan too.
        Map<String, String> config = new HashMap<>(FullStackTest.CONFIG.values());
        config.remove("pont:pseudonymisationSaltIssuedOn");
        Plan plan = Preview.of(FullStack.HEALTH_DATA, new AzureAdapter(), new PreviewConfig(config, FullStackTest.CONFIG.secretKeys()));
        assertThat(plan.deviations()).filteredOn(d -> d.grade() == Grade.DEGRADED).isNotEmpty()
                .allSatisfy(d -> assertThat(d.properties()).as(d.resource()).isNotEmpty());
        assertThat(byResource(plan)).isEqualTo(new TreeMap<>(Map.of(
                "analysis", List.of("allowRules"),
                "analysis-runner", List.of("grants"),
                "audit", List.of("loggedResources"),
                "catalog", List.of("publicEndpoint", "rotationDays"),
                "datasets", List.of("retentionLocked"),
                "ingestion", List.of("grants"),
                "pseudonymisation-salt", List.of("secretExpiry"))));
    }

    @Test
    void keysAndSecrets() {
        Plan rotation = preview(stack(p -> p.keyVault("keys", KeyVaultSpec.withKeys(KeySpec.ec("signing", 384, 3)))));
        assertThat(properties(rotation, "keys")).containsExactly("rotationDays");
        assertThat(properties(preview(SecretTest.STACK), "salt")).containsExactly("secretExpiry");
        assertThat(properties(preview(SecretTest.STACK, Map.of("pont:saltIssuedOn", "2037-12-01")), "salt")).containsExactly("secretExpiry");
    }

    @Test
    void objectStores() {
        assertThat(properties(preview(ObjectStoreTest.LOCKED), "datasets")).containsExactly("retentionLocked");
        Plan privateRange = preview(stack(p -> p.objectStore("public", ObjectStoreSpec.privateStore()
                .exposure(Exposure.publicFrom(List.of(Cidr.parse("198.51.100.0/24"), Cidr.parse("10.1.0.0/16")))))));
        assertThat(properties(privateRange, "public")).containsExactly("allowedCidrs");
        Plan noSubnet = preview(stack(p -> p.objectStore("files", ObjectStoreSpec.privateStore()
                .exposure(Exposure.isolated().allowing(Cidr.parse("198.51.100.0/24"))))));
        assertThat(properties(noSubnet, "files")).containsExactly("allowedCidrs");
    }

    @Test
    void blockVolumes() {
        Plan cold = preview(stack(Placement.in(Jurisdiction.FR).withZoneRedundancy(),
                p -> p.blockVolume("cold", BlockVolumeSpec.of(512, VolumeClass.STANDARD_HDD))));
        assertThat(properties(cold, "cold")).containsExactly("zoneRedundant");
    }

    @Test
    void databases() {
        Plan closed = preview(stack(p -> p.database("db", DatabaseSpec.postgres("16", Size.of(2, 8), 32))));
        assertThat(properties(closed, "db")).containsExactly("publicEndpoint");
        Plan shortBackups = preview(stack(p -> p.database("db", DatabaseSpec.postgres("16", Size.of(2, 8), 32).backupRetentionDays(3))));
        assertThat(properties(shortBackups, "db")).containsExactly("backupRetentionDays", "publicEndpoint");
        Plan rotating = preview(stack(p -> {
            p.keyVault("keys", KeyVaultSpec.withKeys(KeySpec.rsa("cmk", 3072, 365)));
            p.database("db", DatabaseSpec.postgres("16", Size.of(2, 8), 32).encryptedWith(Refs.key("keys", "cmk")));
        }));
        assertThat(properties(rotating, "db")).containsExactly("publicEndpoint", "rotationDays");
        Plan noSubnet = preview(stack(p -> p.database("db", DatabaseSpec.postgres("16", Size.of(2, 8), 32)
                .exposure(Exposure.isolated().allowing(Cidr.parse("198.51.100.0/24"))))));
        assertThat(properties(noSubnet, "db")).containsExactly("allowedCidrs", "publicEndpoint");
    }

    @Test
    void kubernetesClusters() {
        Plan cluster = preview(stack(p -> {
            p.network("net", KubernetesClusterTest.NETWORK);
            p.kubernetesCluster("apps", KubernetesClusterSpec.of("1.31", Refs.subnet("net", "nodes"), NodePoolSpec.of("system", Size.of(2, 8), 1, 2)));
        }));
        assertThat(properties(cluster, "apps")).containsExactly("allowRules");
    }

    @Test
    void serviceIdentities() {
        Plan plan = preview(stack(p -> {
            p.database("catalog", DatabaseSpec.postgres("16", Size.of(2, 8), 32));
            p.blockVolume("scratch", BlockVolumeSpec.of(32, VolumeClass.BALANCED_SSD));
            p.serviceIdentity("reader", ServiceIdentitySpec.granting(Grant.read("catalog")));
            p.serviceIdentity("disk-reader", ServiceIdentitySpec.granting(Grant.read("scratch")));
        }));
        assertThat(properties(plan, "reader")).containsExactly("grants");
        assertThat(properties(plan, "disk-reader")).containsExactly("grants");
    }

    @Test
    void auditLogs() {
        Plan gaps = preview(stack(p -> {
            p.network("net", NetworkSpec.of("10.20.0.0/16", SubnetSpec.of("ops", "10.20.8.0/24")));
            p.database("catalog", DatabaseSpec.postgres("16", Size.of(2, 8), 32));
            p.virtualMachine("bastion", VirtualMachineSpec.of(Size.of(2, 8), OsImage.ubuntu("24.04"), Refs.subnet("net", "ops")));
            p.auditLog("audit", AuditLogSpec.everything(365));
        }));
        // The activity log, per-statement database logs and guest logs: what is not sent is a gap in what is logged.
        assertThat(properties(gaps, "audit")).containsExactly("loggedResources");
        Plan decade = preview(stack(p -> p.auditLog("audit", new AuditLogSpec(3650, EnumSet.of(Category.SECURITY), Labels.NONE))));
        assertThat(properties(decade, "audit")).containsExactly("logRetentionDays");
        Plan week = preview(stack(p -> p.auditLog("audit", new AuditLogSpec(7, EnumSet.of(Category.SECURITY), Labels.NONE))));
        assertThat(properties(week, "audit")).containsExactly("logRetentionDays");
    }
}
