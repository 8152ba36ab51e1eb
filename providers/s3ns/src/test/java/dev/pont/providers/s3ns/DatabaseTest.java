package dev.pont.providers.s3ns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Plan;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.Size;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseTest {
    static final Plan PLAN = ProviderTest.PLAN;

    @Test
    @SuppressWarnings("unchecked")
    void postgresOnAPrivateIpWithTlsBackupsInRegionAndRegionalAvailability() {
        Map<String, Object> db = Stacks.named(PLAN, "catalog-instance").inputs();
        assertThat(db).containsEntry("databaseVersion", "POSTGRES_16").containsEntry("region", "u-france-east1")
                .containsEntry("deletionProtection", true).doesNotContainKey("rootPassword");
        Map<String, Object> settings = (Map<String, Object>) db.get("settings");
        assertThat(settings).containsEntry("tier", "db-custom-4-16384")
                .containsEntry("availabilityType", "REGIONAL")
                .containsEntry("diskSize", 256L)
                .containsEntry("deletionProtectionEnabled", true)
                .containsEntry("databaseFlags", List.of(Map.of("name", "cloudsql.iam_authentication", "value", "on")));
        assertThat(settings.get("ipConfiguration")).isEqualTo(Map.of("ipv4Enabled", false, "requireSsl", true,
                "privateNetwork", "projects/s3ns:pont-test-project/global/networks/demo-core", "allocatedIpRange", "demo-core-psa"));
        assertThat(settings.get("backupConfiguration")).isEqualTo(Map.of("enabled", true, "location", "u-france-east1",
                "pointInTimeRecoveryEnabled", true, "transactionLogRetentionDays", 7L,
                "backupRetentionSettings", Map.of("retainedBackups", 35L, "retentionUnit", "COUNT")));
    }

    @Test
    void privateServicesAccessIsAReservedRangeAndAPeeringTheInstanceWaitsFor() {
        assertThat(Stacks.named(PLAN, "catalog-psa-range").inputs()).containsEntry("purpose", "VPC_PEERING")
                .containsEntry("addressType", "INTERNAL").containsEntry("prefixLength", 20L).containsEntry("address", "10.0.0.0");
        assertThat(Stacks.named(PLAN, "catalog-psa").inputs()).containsEntry("service", "servicenetworking.googleapis.com")
                .containsEntry("reservedPeeringRanges", List.of("demo-core-psa"));
        assertThat(Stacks.named(PLAN, "catalog-instance").dependencies()).contains(Stacks.named(PLAN, "catalog-psa").urn());
        assertThat(Stacks.named(PLAN, "catalog-clients-out").inputs()).containsEntry("direction", "EGRESS")
                .containsEntry("sourceRanges", List.of("10.20.1.0/24", "10.20.2.0/23")).containsEntry("destinationRanges", List.of("10.0.0.0/20"))
                .containsEntry("allows", List.of(Map.of("protocol", "tcp", "ports", List.of("5432"))));
        // compute reaches it through the firewall rule compute-to-postgres (compute -> data, tcp 5432).
        assertThat(Stacks.reasons(PLAN, "catalog")).hasSize(2).first().asString().startsWith("no TLS minimum can be asked for: requireSsl");
        assertThat(Stacks.reasons(PLAN, "catalog")).last().asString()
                .startsWith("the database's private IP is in the private services range 10.0.0.0/20, not in subnet core/data:"
                        + " Pont opens egress tcp 5432 to it from [10.20.1.0/24, 10.20.2.0/23]");
    }

    static Plan two() {
        return Stacks.preview(Stacks.stack(p -> {
            Stacks.network(p);
            p.keyVault("kv", dev.pont.core.spec.KeyVaultSpec.withKeys(dev.pont.core.spec.KeySpec.rsa("cmk", 2048, 90)));
            p.database("db-a", DatabaseSpec.postgres("15", Size.of(2, 8), 20).encryptedWith(Refs.key("kv", "cmk"))
                    .exposure(Exposure.privateIn(Refs.subnet("core", "data"))));
            p.database("db-b", DatabaseSpec.postgres("17", Size.of(3, 10), 20).encryptedWith(Refs.key("kv", "cmk"))
                    .exposure(Exposure.privateIn(Refs.subnet("core", "compute"))));
            p.database("db-c", DatabaseSpec.postgres("16", Size.of(1, 4), 20));
        }));
    }

    @Test
    void databasesOfANetworkShareItsPeeringAndTheSqlAgentGrant() {
        Plan plan = two();
        assertThat(Stacks.ofType(plan, "gcp:servicenetworking/connection:Connection")).hasSize(1);
        assertThat(Stacks.ofType(plan, "gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember")).hasSize(1);
        assertThat(Stacks.named(plan, "db-a-sql-agent").inputs()).containsEntry("service", "sqladmin.googleapis.com");
        assertThat(Stacks.named(plan, "db-b-instance").dependencies()).contains(Stacks.named(plan, "db-a-psa").urn(),
                Stacks.named(plan, "db-a-kv-cmk-sql-agent").urn());
        assertThat(Stacks.named(plan, "db-b-instance").inputs()).containsEntry("encryptionKeyName",
                "projects/s3ns:pont-test-project/locations/u-france-east1/keyRings/demo-kv/cryptoKeys/cmk");
    }

    @Test
    @SuppressWarnings("unchecked")
    void sizesAreNeverSmallerAndTheOverProvisioningIsShown() {
        Plan plan = two();
        Map<String, Object> b = (Map<String, Object>) Stacks.named(plan, "db-b-instance").inputs().get("settings");
        assertThat(b).containsEntry("tier", "db-custom-4-16384").containsEntry("availabilityType", "ZONAL");
        assertThat(plan.choices()).anySatisfy(c -> {
            assertThat(c.resource()).isEqualTo("db-b");
            assertThat(c.kind()).isEqualTo("database-size");
            assertThat(c.note()).startsWith("over-provisioned to 4 vCPU / 16 GiB").contains("Cloud SQL on S3NS unverified");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void anIsolatedDatabaseGetsOnlyAnUnusedPrivateServiceConnectAttachment() {
        Plan plan = two();
        Map<String, Object> settings = (Map<String, Object>) Stacks.named(plan, "db-c-instance").inputs().get("settings");
        assertThat(settings.get("ipConfiguration")).isEqualTo(Map.of("ipv4Enabled", false, "requireSsl", true,
                "pscConfigs", List.of(Map.of("pscEnabled", true, "allowedConsumerProjects", List.of()))));
        assertThat(Stacks.reasons(plan, "db-c")).satisfiesExactly(
                r -> assertThat(r).startsWith("no TLS minimum can be asked for: requireSsl refuses unencrypted connections"),
                r -> assertThat(r).startsWith("no network path is realised"));
    }
}
