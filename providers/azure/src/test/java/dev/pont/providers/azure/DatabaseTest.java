package dev.pont.providers.azure;

import static dev.pont.providers.azure.Previews.at;
import static dev.pont.providers.azure.Previews.component;
import static dev.pont.providers.azure.Previews.dependsOn;
import static dev.pont.providers.azure.Previews.id;
import static dev.pont.providers.azure.Previews.named;
import static dev.pont.providers.azure.Previews.one;
import static dev.pont.providers.azure.Previews.preview;
import static dev.pont.providers.azure.Previews.stack;
import static dev.pont.providers.azure.Previews.under;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.plan.CatalogChoice;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.Size;
import dev.pont.core.spec.SubnetSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatabaseTest {
    static final String PUBLIC_ENDPOINT = "the server keeps a public endpoint, closed: azure-native 2.10.0 creates flexible servers"
            + " with API 2022-12-01, where public network access is read-only; no firewall rule admits anyone, so it refuses every"
            + " connection and clients use the private endpoint; disable public access after deployment or with a newer azure-native";

    static Plan plan;

    @BeforeAll
    static void previewOnce() {
        plan = preview(stack(p -> {
            p.network("core", NetworkSpec.of("10.20.0.0/16", SubnetSpec.of("data", "10.20.1.0/24")));
            p.keyVault("keys", KeyVaultSpec.withKeys(KeySpec.rsa("cmk", 3072, 365)));
            p.database("catalog", DatabaseSpec.postgres("16", Size.of(4, 16), 256)
                    .highlyAvailable(true)
                    .backupRetentionDays(35)
                    .encryptedWith(Refs.key("keys", "cmk"))
                    .exposure(Exposure.privateIn(Refs.subnet("core", "data"))));
        }));
    }

    @Test
    void aFlexibleServerWithTheCatalogVersionAndSizeAndTheTierOfItsFamily() {
        PlannedResource server = one(plan, "catalog", "azure-native:dbforpostgresql:Server");
        assertThat(server.parent()).isEqualTo(component(plan, "catalog").urn());
        assertThat(server.inputs()).containsEntry("version", "16")
                .containsEntry("sku", Map.of("name", "Standard_D4ds_v5", "tier", "GeneralPurpose"))
                .containsEntry("storage", Map.of("storageSizeGB", 256L));
        assertThat(String.valueOf(at(server, "serverName"))).matches("psql-catalog-[0-9a-f]{6}");
        assertThat(server.id()).isEqualTo(id("Microsoft.DBforPostgreSQL", "flexibleServers/" + at(server, "serverName")));
        assertThat(plan.choices()).filteredOn(c -> c.resource().equals("catalog")).containsExactlyInAnyOrder(
                new CatalogChoice("catalog", "azure", "postgres-version", "16", "16", false, "version list not confirmed for this cloud"),
                new CatalogChoice("catalog", "azure", "database-size", "4 vCPU / 16 GiB", "Standard_D4ds_v5", false,
                        "flexible-server SKU name not confirmed from a source"),
                new CatalogChoice("catalog", "azure", "database-storage", "256 GiB", "256 GiB", false, ""));
    }

    @Test
    void backupsStayInTheRegionHighAvailabilityIsZoneRedundantAndOnlyEntraIdSignsIn() {
        PlannedResource server = named(plan, "catalog-server");
        assertThat(at(server, "backup")).isEqualTo(Map.of("backupRetentionDays", 35L, "geoRedundantBackup", "Disabled"));
        assertThat(at(server, "highAvailability.mode")).isEqualTo("ZoneRedundant");
        assertThat(at(server, "authConfig")).isEqualTo(Map.of("activeDirectoryAuth", "Enabled", "passwordAuth", "Disabled",
                "tenantId", AzurePreview.ZERO));
        assertThat(server.inputs()).doesNotContainKeys("administratorLogin", "administratorLoginPassword", "network");
    }

    @Test
    void theCustomerKeyIsUsedThroughTheServersOwnIdentity() {
        PlannedResource server = named(plan, "catalog-server");
        String identity = id("Microsoft.ManagedIdentity", "userAssignedIdentities/catalog-cmk-identity");
        assertThat(at(server, "identity")).isEqualTo(Map.of("type", "UserAssigned", "userAssignedIdentities", Map.of(identity, Map.of())));
        assertThat(at(server, "dataEncryption.type")).isEqualTo("AzureKeyVault");
        assertThat(at(server, "dataEncryption.primaryUserAssignedIdentityId")).isEqualTo(identity);
        assertThat(String.valueOf(at(server, "dataEncryption.primaryKeyURI"))).matches("https://kv-keys-[0-9a-f]{6}\\.vault\\.azure\\.net/keys/cmk/[0-9a-f]{32}");
        assertThat(dependsOn(plan, server, "catalog-cmk-access")).isTrue();
    }

    @Test
    void tlsIsRequiredOneParameterChangeAtATime() {
        PlannedResource secure = named(plan, "catalog-require-secure-transport");
        assertThat(secure.inputs()).containsEntry("configurationName", "require_secure_transport").containsEntry("value", "on")
                .containsEntry("serverName", at(named(plan, "catalog-server"), "serverName"));
        PlannedResource minimum = named(plan, "catalog-ssl-min-protocol-version");
        assertThat(minimum.inputs()).containsEntry("configurationName", "ssl_min_protocol_version").containsEntry("value", "TLSv1.2");
        assertThat(dependsOn(plan, minimum, "catalog-require-secure-transport")).isTrue();
    }

    @Test
    void privateAccessIsAPrivateEndpointAndThePublicEndpointLeftOpenIsDeclared() {
        PlannedResource endpoint = one(plan, "catalog", "azure-native:network:PrivateEndpoint");
        assertThat(at(endpoint, "privateLinkServiceConnections.0.groupIds")).isEqualTo(List.of("postgresqlServer"));
        assertThat(at(endpoint, "privateLinkServiceConnections.0.privateLinkServiceId")).isEqualTo(named(plan, "catalog-server").id());
        assertThat(dependsOn(plan, endpoint, "catalog-ssl-min-protocol-version")).isTrue();
        assertThat(at(named(plan, "core-dns-postgresqlServer"), "privateZoneName")).isEqualTo("privatelink.postgres.database.azure.com");
        assertThat(under(plan, "catalog", "azure-native:dbforpostgresql:FirewallRule")).isEmpty();
        assertThat(plan.deviations()).singleElement().satisfies(d -> {
            assertThat(d.resource()).isEqualTo("catalog");
            assertThat(d.reasons()).containsExactly(
                    "key rotation does not reach the database: API 2022-12-01 takes a versioned key URI, so the server keeps the key"
                            + " version current at deployment while Key Vault rotates new ones; point it at the new version after each rotation",
                    PUBLIC_ENDPOINT);
        });
    }

    @Test
    void storageRoundsUpToAnAzureSizeAndShortBackupsAreKeptLonger() {
        Plan small = preview(stack(p -> p.database("db", DatabaseSpec.postgres("15", Size.of(3, 10), 100).backupRetentionDays(3))));
        PlannedResource server = named(small, "db-server");
        assertThat(at(server, "storage.storageSizeGB")).isEqualTo(128L);
        assertThat(at(server, "backup.backupRetentionDays")).isEqualTo(7L);
        assertThat(at(server, "highAvailability.mode")).isEqualTo("Disabled");
        assertThat(at(server, "dataEncryption")).isEqualTo(Map.of("type", "SystemManaged"));
        assertThat(small.choices()).contains(
                new CatalogChoice("db", "azure", "database-storage", "100 GiB", "128 GiB", false, "flexible server storage comes in fixed sizes"),
                new CatalogChoice("db", "azure", "database-size", "3 vCPU / 10 GiB", "Standard_D4ds_v5", false,
                        "over-provisioned to 4 vCPU / 16 GiB; flexible-server SKU name not confirmed from a source"));
        assertThat(small.deviations()).singleElement().satisfies(d -> assertThat(d.reasons()).containsExactly(
                "backups are kept 7 days, longer than the 3 asked: Azure keeps them at least 7 days", PUBLIC_ENDPOINT));
    }

    @Test
    void aMemoryHeavySizeIsMemoryOptimized() {
        Plan memory = preview(stack(p -> p.database("db", DatabaseSpec.postgres("17", Size.of(8, 64), 512))));
        assertThat(at(named(memory, "db-server"), "sku")).isEqualTo(Map.of("name", "Standard_E8ds_v5", "tier", "MemoryOptimized"));
    }

    @Test
    void aPublicEndpointAsksForFirewallRulesPerAllowedCidr() {
        Plan open = preview(stack(p -> p.database("db", DatabaseSpec.postgres("16", Size.of(2, 8), 32)
                .exposure(Exposure.publicFrom(List.of(Cidr.parse("198.51.100.0/24")))))));
        PlannedResource rule = named(open, "db-allow-198-51-100-0-24");
        assertThat(rule.type()).isEqualTo("azure-native:dbforpostgresql:FirewallRule");
        assertThat(rule.inputs()).containsEntry("startIpAddress", "198.51.100.0").containsEntry("endIpAddress", "198.51.100.255");
        assertThat(open.deviations()).isEmpty();
    }

    @Test
    void aSizeNoTierSatisfiesOrAVersionNotOfferedIsAOneLineError() {
        assertThatThrownBy(() -> preview(stack(p -> p.database("db", DatabaseSpec.postgres("16", Size.of(128, 1024), 32)))))
                .isInstanceOf(PontException.class)
                .hasMessage("target azure, database 'db': no azure database-size has 128 vCPU / 1024 GiB or more (largest: 96 vCPU /"
                        + " 672 GiB): ask for a smaller size");
        assertThatThrownBy(() -> preview(stack(p -> p.database("db", DatabaseSpec.postgres("13", Size.of(2, 8), 32)))))
                .isInstanceOf(PontException.class)
                .hasMessage("target azure, database 'db': postgres-version 13 is not offered: use one of [14, 15, 16, 17]");
    }
}
