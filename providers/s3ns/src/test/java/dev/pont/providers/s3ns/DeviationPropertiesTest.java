package dev.pont.providers.s3ns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Deviation;
import dev.pont.core.plan.Grade;
import dev.pont.core.plan.Plan;
import dev.pont.core.spec.AuditLogSpec;
import dev.pont.core.spec.BlockVolumeSpec;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.Grant;
import dev.pont.core.spec.Jurisdiction;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KubernetesClusterSpec;
import dev.pont.core.spec.NodePoolSpec;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.OsImage;
import dev.pont.core.spec.Placement;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.ServiceIdentitySpec;
import dev.pont.core.spec.Size;
import dev.pont.core.spec.VirtualMachineSpec;
import dev.pont.core.spec.VolumeClass;
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
    static final Plan PLAN = ProviderTest.PLAN;

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
        // Without the secret's issue date too, so that the no-expiry deviation is checked as well.
        for (Plan plan : List.of(PLAN, Stacks.preview(Stacks.EVERYTHING, Map.of("pont:pseudonymisationSaltIssuedOn", "")))) {
            assertThat(plan.deviations()).filteredOn(d -> d.grade() == Grade.DEGRADED).isNotEmpty()
                    .allSatisfy(d -> assertThat(d.properties()).as(d.resource()).isNotEmpty());
            assertThat(plan.deviations()).noneMatch(d -> d.grade() == Grade.UNSUPPORTED);
        }
        assertThat(byResource(PLAN)).isEqualTo(new TreeMap<>(Map.of(
                "admin-bastion", List.of("grants"),
                "admin-data", List.of("zoneRedundant"),
                "analysis", List.of("allowRules", "nodePools"),
                "audit", List.of("loggedResources"),
                "catalog", List.of("privateEndpoint", "tlsMinimum"),
                "datasets", List.of("allowedCidrs", "privateEndpoint", "publicEndpoint", "tlsMinimum", "versioned"),
                "ingestion", List.of("grants"),
                "platform-keys", List.of("allowedCidrs", "privateEndpoint", "publicEndpoint", "rotationDays"),
                "pseudonymisation-salt", List.of("secretExpiry"))));
    }

    @Test
    void objectStores() {
        Plan isolated = Stacks.preview(Stacks.stack(p -> p.objectStore("files", ObjectStoreSpec.privateStore())));
        assertThat(properties(isolated, "files")).containsExactly("allowedCidrs", "privateEndpoint", "publicEndpoint", "tlsMinimum");
        Plan open = Stacks.preview(Stacks.stack(p -> p.objectStore("files", ObjectStoreSpec.privateStore()
                .exposure(Exposure.publicFrom(List.of(Cidr.parse("203.0.113.0/24")))))));
        assertThat(properties(open, "files")).containsExactly("allowedCidrs", "tlsMinimum");
        Plan anyone = Stacks.preview(Stacks.stack(p -> p.objectStore("files", ObjectStoreSpec.privateStore()
                .exposure(Exposure.publicFrom(List.of())))));
        assertThat(properties(anyone, "files")).containsExactly("tlsMinimum");
    }

    @Test
    void blockVolumes() {
        Plan zonal = Stacks.preview(Stacks.stack(Placement.in(Jurisdiction.FR).withZoneRedundancy(),
                p -> p.blockVolume("data", BlockVolumeSpec.of(10, VolumeClass.BALANCED_SSD))));
        assertThat(properties(zonal, "data")).containsExactly("zoneRedundant");
    }

    @Test
    void databases() {
        Plan two = DatabaseTest.two();
        assertThat(properties(two, "db-a")).containsExactly("privateEndpoint", "tlsMinimum");
        assertThat(properties(two, "db-c")).containsExactly("privateEndpoint", "tlsMinimum");
        Plan unreachable = Stacks.preview(Stacks.stack(p -> p.database("db", DatabaseSpec.postgres("16", Size.of(2, 8), 20)
                .exposure(Exposure.isolated().allowing(Cidr.parse("198.51.100.0/24"))))));
        assertThat(properties(unreachable, "db")).containsExactly("allowedCidrs", "privateEndpoint", "tlsMinimum");
    }

    @Test
    void keysAndSecrets() {
        assertThat(properties(KeysTest.vault(KeySpec.rsa("cmk", 2048, 90).hsm()), "kv")).containsExactly("hsmBacked", "rotationDays");
        assertThat(properties(KeysTest.vault(KeySpec.ec("sig", 384, 30)), "kv")).containsExactly("rotationDays");
        assertThat(properties(KeysTest.secret(Map.of("pont:pseudonymisationSaltIssuedOn", "")), "salt")).containsExactly("secretExpiry");
        assertThat(properties(KeysTest.secret(Map.of()), "salt")).containsExactly("secretExpiry");
    }

    @Test
    void computeAndClusters() {
        Plan vm = ComputeTest.vm(VirtualMachineSpec.of(Size.of(2, 8), OsImage.ubuntu("24.04"), Refs.subnet("core", "admin")), Map.of());
        assertThat(properties(vm, "vm")).containsExactly("grants");
        Plan cluster = Stacks.preview(Stacks.stack(p -> {
            Stacks.network(p);
            p.kubernetesCluster("apps", KubernetesClusterSpec.of("1.30", Refs.subnet("core", "compute"),
                    NodePoolSpec.of("system", Size.of(4, 16), 1, 3)));
        }));
        assertThat(properties(cluster, "apps")).containsExactly("allowRules", "nodePools");
    }

    @Test
    void identitiesAndAuditLogs() {
        Plan grants = Stacks.preview(Stacks.stack(p -> {
            Stacks.network(p);
            p.database("db", DatabaseSpec.postgres("16", Size.of(2, 8), 20).exposure(Exposure.privateIn(Refs.subnet("core", "data"))));
            p.serviceIdentity("app", ServiceIdentitySpec.granting(Grant.write("db")));
        }));
        assertThat(properties(grants, "app")).containsExactly("grants");
        Plan audited = Stacks.preview(Stacks.stack(p -> {
            Stacks.network(p);
            p.database("db", DatabaseSpec.postgres("16", Size.of(2, 8), 20).exposure(Exposure.privateIn(Refs.subnet("core", "data"))));
            p.auditLog("audit", AuditLogSpec.everything(90));
        }));
        assertThat(properties(audited, "audit")).containsExactly("loggedResources");
    }
}
