package dev.pont.providers.outscale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Grade;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.Size;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PostgreSQL: no managed service on Outscale, so a VM fallback declared degraded, or unsupported. */
class DatabaseTest {

    @Test
    void postgresRunsOnAPrivateVmWithItsOwnGroupAndDataVolume() {
        Plan plan = PlanSchemaTest.PLAN;
        PlannedResource vm = Stacks.named(plan, "catalog-vm");
        assertThat(vm.inputs()).containsEntry("vmType", "tinav7.c4r16p2").containsEntry("imageId", "ami-0deb12")
                .containsEntry("deletionProtection", true).containsEntry("keypairName", "demo-catalog");
        assertThat((List<?>) vm.inputs().get("securityGroupIds")).hasSize(2);
        assertThat(Stacks.named(plan, "catalog-sg").inputs()).containsEntry("removeDefaultOutboundRule", true);
        assertThat(Stacks.named(plan, "catalog-sg-10-20-1-0-24").inputs()).containsEntry("fromPortRange", 5432L)
                .containsEntry("ipRange", "10.20.1.0/24").containsEntry("flow", "Inbound");
        assertThat(Stacks.named(plan, "catalog-data").inputs()).containsEntry("size", 256L).containsEntry("volumeType", "gp2");
        assertThat(Stacks.named(plan, "catalog-data-attach").inputs()).containsEntry("deviceName", "/dev/xvdb");
        assertThat(plan.resources()).noneMatch(r -> r.name().startsWith("catalog-") && r.type().contains("publicIp"));
        String userData = new String(Base64.getDecoder().decode((String) vm.inputs().get("userData")), StandardCharsets.UTF_8);
        assertThat(userData).contains("apt-get install -y postgresql-16", "ssl = on", "hostssl all all 10.20.1.0/24 scram-sha-256");
    }

    @Test
    void everyLossIsDeclared() {
        assertThat(PlanSchemaTest.PLAN.deviations()).filteredOn(d -> d.resource().equals("catalog")).singleElement().satisfies(d -> {
            assertThat(d.grade()).isEqualTo(Grade.DEGRADED);
            assertThat(d.reasons()).anyMatch(r -> r.startsWith("no managed PostgreSQL on Outscale"))
                    .anyMatch(r -> r.startsWith("high availability not realised"))
                    .anyMatch(r -> r.startsWith("backups not realised: keep 35 days"))
                    .anyMatch(r -> r.contains("subnet core/data needs outbound HTTPS"))
                    .anyMatch(r -> r.contains("encryption at rest of the database volume"))
                    .anyMatch(r -> r.startsWith("zone redundancy not realised for the database VM"));
        });
        assertThat(PlanSchemaTest.PLAN.choices()).anyMatch(c -> c.resource().equals("catalog") && c.kind().equals("database-size")
                && c.chosen().equals("tinav7.c4r16p2") && !c.verified());
    }

    @Test
    void withoutASubnetItIsUnsupported() {
        Plan plan = Stacks.preview(Stacks.stack(p -> p.database("db", DatabaseSpec.postgres("16", Size.of(2, 8), 50))));
        assertThat(plan.deviations()).singleElement().satisfies(d -> {
            assertThat(d.grade()).isEqualTo(Grade.UNSUPPORTED);
            assertThat(d.reasons()).singleElement().asString().contains("declare the exposure privateIn(network, subnet)");
        });
        assertThat(plan.cloudResources()).isEmpty();
    }
}
