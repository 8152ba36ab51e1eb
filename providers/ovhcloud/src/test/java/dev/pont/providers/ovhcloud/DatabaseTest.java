package dev.pont.providers.ovhcloud;

import static dev.pont.core.spec.FirewallRule.Endpoint;
import static dev.pont.core.spec.FirewallRule.PortRange;
import static dev.pont.core.spec.FirewallRule.Protocol;
import static dev.pont.providers.ovhcloud.Previews.one;
import static dev.pont.providers.ovhcloud.Previews.preview;
import static dev.pont.providers.ovhcloud.Previews.reasons;
import static dev.pont.providers.ovhcloud.Previews.stack;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.FirewallRule;
import dev.pont.core.spec.FirewallSpec;
import dev.pont.core.spec.Jurisdiction;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.Placement;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.Size;
import dev.pont.providers.ovhcloud.bindings.ovh.Database;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseTest {

    static Plan privateDatabase(DatabaseSpec spec) {
        return preview(stack(p -> {
            Previews.network(p);
            p.firewall("fw", FirewallSpec.forNetwork("core",
                    FirewallRule.allowIn("pg", Protocol.TCP, PortRange.of(5432), Endpoint.subnet("core", "compute"), Endpoint.subnet("core", "data")),
                    FirewallRule.allowIn("ssh", Protocol.TCP, PortRange.of(22), Endpoint.subnet("core", "admin"), Endpoint.subnet("core", "admin")),
                    FirewallRule.allowIn("ping", Protocol.ICMP, null, Endpoint.subnet("core", "admin"), Endpoint.subnet("core", "data"))));
            p.database("catalog", spec.exposure(Exposure.privateIn(Refs.subnet("core", "data")).allowing(Cidr.parse("10.30.0.0/24"))));
        }));
    }

    @Test
    void aPrivateDatabaseSitsInItsSubnetAndAdmitsWhatTheFirewallAllows() {
        Plan plan = privateDatabase(DatabaseSpec.postgres("16", Size.of(2, 7), 80));
        PlannedResource db = one(plan, Database.TYPE, "catalog");
        assertThat(db.inputs())
                .containsEntry("engine", "postgresql")
                .containsEntry("version", "16")
                .containsEntry("plan", "essential")
                .containsEntry("flavor", "db1-7")
                .containsEntry("diskSize", 80L)
                .containsEntry("backupRegions", List.of("GRA"));
        assertThat(db.inputs().get("nodes")).asList().singleElement().asString().contains("region=GRA").contains("networkId").contains("subnetId");
        assertThat(db.inputs().get("ipRestrictions")).isEqualTo(List.of(
                Map.of("ip", "10.20.1.0/24", "description", "subnet data"),
                Map.of("ip", "10.20.2.0/23", "description", "firewall rule pg"),
                Map.of("ip", "10.30.0.0/24", "description", "allowed CIDR")));
    }

    @Test
    void highAvailabilityIsTheBusinessPlanWithTwoNodes() {
        PlannedResource db = one(privateDatabase(DatabaseSpec.postgres("15", Size.of(4, 15), 100).highlyAvailable(true)), Database.TYPE, "catalog");
        assertThat(db.inputs()).containsEntry("plan", "business").containsEntry("flavor", "db1-15");
        assertThat(db.inputs().get("nodes")).asList().hasSize(2);
    }

    @Test
    void backupRetentionAndCustomerKeysAreNotAvailable() {
        Plan plan = preview(stack(p -> {
            p.keyVault("keys", KeyVaultSpec.withKeys(KeySpec.rsa("cmk", 4096, 0)));
            p.database("catalog", DatabaseSpec.postgres("16", Size.of(2, 7), 40).backupRetentionDays(35)
                    .encryptedWith(Refs.key("keys", "cmk")).exposure(Exposure.publicFrom(List.of(Cidr.parse("192.0.2.0/24")))));
        }));
        assertThat(one(plan, Database.TYPE, "catalog").inputs().get("ipRestrictions"))
                .isEqualTo(List.of(Map.of("ip", "192.0.2.0/24", "description", "allowed CIDR")));
        assertThat(one(plan, Database.TYPE, "catalog").inputs().get("nodes")).asList().singleElement().asString().doesNotContain("networkId");
        assertThat(reasons(plan, "catalog")).satisfiesExactlyInAnyOrder(
                r -> assertThat(r).contains("backups are not kept 35 days").contains("essential"),
                r -> assertThat(r).contains("customer-managed key keys/cmk is not used"),
                r -> assertThat(r).startsWith("TLS 1.2 minimum is not enforced").contains("TLS 1.1"));
    }

    @Test
    void anIsolatedDatabaseGetsAnEmptyAllowList() {
        Plan plan = preview(stack(p -> p.database("catalog", DatabaseSpec.postgres("16", Size.of(2, 7), 40))));
        assertThat(one(plan, Database.TYPE, "catalog").inputs()).containsEntry("ipRestrictions", List.of());
        assertThat(reasons(plan, "catalog")).anySatisfy(r -> assertThat(r).contains("isolated exposure").contains("nothing can connect"));
    }

    @Test
    void zoneRedundancyUsesThreeNodesInParisAndIsReportedElsewhere() {
        DatabaseSpec ha = DatabaseSpec.postgres("16", Size.of(2, 7), 40).highlyAvailable(true).exposure(Exposure.publicFrom(List.of()));
        Plan paris = preview(stack(Placement.in(Jurisdiction.FR).region("ovhcloud", "EU-WEST-PAR").withZoneRedundancy(), p -> p.database("catalog", ha)));
        PlannedResource db = one(paris, Database.TYPE, "catalog");
        assertThat(db.inputs()).containsEntry("plan", "enterprise");
        assertThat(db.inputs().get("nodes")).asList().hasSize(3);
        assertThat(db.inputs().get("ipRestrictions")).isEqualTo(List.of(Map.of("ip", "0.0.0.0/0", "description", "public endpoint open to the internet, as asked")));
        assertThat(reasons(paris, "catalog")).noneMatch(r -> r.contains("zone"));

        Plan gravelines = preview(stack(Placement.in(Jurisdiction.FR).withZoneRedundancy(), p -> p.database("catalog", ha)));
        assertThat(reasons(gravelines, "catalog")).anySatisfy(r -> assertThat(r).contains("not zone-redundant").contains("GRA"));
    }

    @Test
    void theFlavourIsNeverSmallerThanAskedAndTheChoiceSaysSo() {
        Plan plan = privateDatabase(DatabaseSpec.postgres("16", Size.of(4, 16), 100));
        assertThat(one(plan, Database.TYPE, "catalog").inputs()).containsEntry("flavor", "db1-30");
        assertThat(plan.choices()).filteredOn(c -> c.kind().equals("database-size")).singleElement().satisfies(c -> {
            assertThat(c.requested()).isEqualTo("4 vCPU / 16 GiB");
            assertThat(c.note()).contains("over-provisioned to 8 vCPU / 30 GiB");
            assertThat(c.verified()).isFalse();
        });
    }
}
