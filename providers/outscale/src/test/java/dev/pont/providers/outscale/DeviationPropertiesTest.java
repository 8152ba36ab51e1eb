package dev.pont.providers.outscale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Deviation;
import dev.pont.core.plan.Grade;
import dev.pont.core.plan.Plan;
import dev.pont.core.spec.AuditLogSpec;
import dev.pont.core.spec.BlockVolumeSpec;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.FirewallRule;
import dev.pont.core.spec.FirewallSpec;
import dev.pont.core.spec.Grant;
import dev.pont.core.spec.Jurisdiction;
import dev.pont.core.spec.KubernetesClusterSpec;
import dev.pont.core.spec.NodePoolSpec;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.Placement;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.ServiceIdentitySpec;
import dev.pont.core.spec.Size;
import dev.pont.core.spec.VolumeClass;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every degradation names the neutral properties its reason affects, so that conformance accepts
 * differences on those only: a deviation naming none would cover the whole resource and hide any
 * other difference on it. Only a service Outscale does not have at all (KMS, secret manager,
 * managed PostgreSQL without the VM fallback) is unsupported as a whole.
 */
class DeviationPropertiesTest {
    static final Plan PLAN = PlanSchemaTest.PLAN;

    /** The resource's single deviation, with the properties it covers. */
    static List<String> properties(Plan plan, String resource) {
        List<Deviation> found = plan.deviations().stream().filter(d -> d.resource().equals(resource)).toList();
        assertThat(found).as("deviation of %s", resource).hasSize(1);
        return found.get(0).properties();
    }

    @Test
    void degradationsOfTheStackUsingEverySpecNameTheNeutralPropertiesTheyCover() {
        assertThat(PLAN.deviations()).filteredOn(d -> d.grade() == Grade.DEGRADED).isNotEmpty()
                .allSatisfy(d -> assertThat(d.properties()).as(d.resource()).isNotEmpty());
        Map<String, List<String>> byResource = PLAN.deviations().stream()
                .collect(Collectors.toMap(Deviation::resource, Deviation::properties, (a, b) -> a, TreeMap::new));
        assertThat(byResource).isEqualTo(new TreeMap<>(Map.ofEntries(
                Map.entry("admin-bastion", List.of("encryptedAtRest")),
                Map.entry("admin-data", List.of("encryptedAtRest", "keyCustody", "zoneRedundant")),
                Map.entry("analysis", List.of("nodePools", "privateApi", "subnets", "zoneRedundant")),
                Map.entry("audit", List.of("logRetentionDays", "loggedResources", "publicEndpoint", "role")),
                Map.entry("catalog", List.of("backupRetentionDays", "encryptedAtRest", "highAvailability", "role", "selfManaged",
                        "tlsMinimum", "version", "zoneRedundant")),
                Map.entry("datasets", List.of("keyCustody", "privateEndpoint", "publicEndpoint", "tlsMinimum")),
                Map.entry("ingestion", List.of("grants", "secretExpiry")),
                Map.entry("platform-keys", List.of()),
                Map.entry("pseudonymisation-salt", List.of()))));
    }

    @Test
    void servicesOutscaleDoesNotHaveAreUnsupportedAsAWhole() {
        assertThat(PLAN.deviations()).filteredOn(d -> d.grade() == Grade.UNSUPPORTED)
                .extracting(Deviation::resource).containsExactlyInAnyOrder("platform-keys", "pseudonymisation-salt");
        Plan noSubnet = Stacks.preview(Stacks.stack(p -> p.database("db", DatabaseSpec.postgres("16", Size.of(2, 8), 50))));
        assertThat(properties(noSubnet, "db")).isEmpty();
    }

    @Test
    void objectStores() {
        Plan isolated = Stacks.preview(Stacks.stack(p -> p.objectStore("files", ObjectStoreSpec.privateStore())));
        // No subnet was asked, so no private endpoint is missing: only the public one is a difference.
        assertThat(properties(isolated, "files")).containsExactly("publicEndpoint", "tlsMinimum");
        Plan open = Stacks.preview(Stacks.stack(p -> p.objectStore("files", ObjectStoreSpec.privateStore()
                .exposure(Exposure.publicFrom(List.of(Cidr.parse("198.51.100.0/24")))))));
        assertThat(properties(open, "files")).containsExactly("tlsMinimum");
    }

    @Test
    void volumesAndVirtualMachines() {
        Plan plan = Stacks.preview(Stacks.stack(p -> p.blockVolume("data", BlockVolumeSpec.of(10, VolumeClass.BALANCED_SSD))));
        assertThat(properties(plan, "data")).containsExactly("encryptedAtRest");
    }

    @Test
    void databases() {
        Plan exposed = Stacks.preview(Stacks.stack(p -> {
            Stacks.network(p);
            p.firewall("fw", FirewallSpec.forNetwork("core", FirewallRule.allowOut("https-out", FirewallRule.Protocol.TCP,
                    FirewallRule.PortRange.of(443), FirewallRule.Endpoint.subnet("core", "data"), FirewallRule.Endpoint.cidr("0.0.0.0/0"))));
            p.database("db", DatabaseSpec.postgres("16", Size.of(2, 8), 50).backupRetentionDays(7)
                    .exposure(new Exposure(true, Refs.subnet("core", "data"), List.of())));
        }), Map.of("pont:adminSshPublicKey", ""));
        assertThat(Stacks.reasons(exposed, "db")).anyMatch(r -> r.startsWith("public endpoint not realised"))
                .anyMatch(r -> r.startsWith("no SSH access to the database VM")).noneMatch(r -> r.contains("PGDG"));
        assertThat(properties(exposed, "db")).containsExactly("backupRetentionDays", "encryptedAtRest", "publicEndpoint", "role", "selfManaged",
                "tlsMinimum", "version");
    }

    @Test
    void kubernetesClusters() {
        Plan plan = Stacks.preview(Stacks.stack(p -> {
            Stacks.network(p);
            p.kubernetesCluster("apps", KubernetesClusterSpec.of("1.30", Refs.subnet("core", "compute"),
                    NodePoolSpec.of("system", Size.of(4, 16), 1, 3)).adminCidrs(Cidr.parse("10.20.4.0/24")));
        }));
        assertThat(Stacks.reasons(plan, "apps")).anyMatch(r -> r.startsWith("admin CIDRs [10.20.4.0/24] are private ranges"))
                .anyMatch(r -> r.startsWith("node pool 'system' runs a fixed 1 node(s)"));
        assertThat(properties(plan, "apps")).containsExactly("adminCidrs", "nodePools", "privateApi", "subnets");
    }

    @Test
    void serviceIdentities() {
        Plan plan = Stacks.preview(Stacks.stack(p -> {
            p.blockVolume("disk", BlockVolumeSpec.of(10, VolumeClass.BALANCED_SSD));
            p.serviceIdentity("reader", ServiceIdentitySpec.granting(Grant.read("disk")));
        }), Map.of("pont:outscaleAccessKeyExpiry", "2027-06-30"));
        assertThat(properties(plan, "reader")).containsExactly("grants");
    }

    @Test
    void auditLogs() {
        Plan adminOnly = Stacks.preview(Stacks.stack(Placement.in(Jurisdiction.FR), p -> p.auditLog("audit",
                new AuditLogSpec(180, Set.of(AuditLogSpec.Category.ADMINISTRATIVE), null))));
        assertThat(properties(adminOnly, "audit")).containsExactly("logRetentionDays", "loggedResources", "publicEndpoint", "role");
    }
}
