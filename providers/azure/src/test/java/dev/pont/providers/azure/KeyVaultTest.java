package dev.pont.providers.azure;

import static dev.pont.providers.azure.Previews.at;
import static dev.pont.providers.azure.Previews.component;
import static dev.pont.providers.azure.Previews.dependsOn;
import static dev.pont.providers.azure.Previews.id;
import static dev.pont.providers.azure.Previews.map;
import static dev.pont.providers.azure.Previews.named;
import static dev.pont.providers.azure.Previews.one;
import static dev.pont.providers.azure.Previews.preview;
import static dev.pont.providers.azure.Previews.stack;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Grade;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.SubnetSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KeyVaultTest {
    static Plan plan;

    @BeforeAll
    static void previewOnce() {
        plan = preview(stack(p -> {
            p.network("core", NetworkSpec.of("10.20.0.0/16", SubnetSpec.of("data", "10.20.1.0/24")));
            p.keyVault("keys", KeyVaultSpec.withKeys(
                            KeySpec.rsa("storage-cmk", 3072, 365).hsm(),
                            KeySpec.rsa("plain", 2048, 0),
                            KeySpec.ec("signing", 384, 3))
                    .exposure(Exposure.privateIn(Refs.subnet("core", "data"))));
            p.keyVault("soft", KeyVaultSpec.withKeys(KeySpec.rsa("archive", 4096, 90)));
            p.keyVault("partners", new KeyVaultSpec(List.of(), 30, Exposure.publicFrom(List.of(Cidr.parse("198.51.100.0/24"))), null));
        }));
    }

    @Test
    void aVaultWithRbacPurgeProtectionAndNoPublicAccess() {
        PlannedResource vault = one(plan, "keys", "azure-native:keyvault:Vault");
        assertThat(vault.parent()).isEqualTo(component(plan, "keys").urn());
        assertThat(map(vault, "properties")).containsEntry("enableRbacAuthorization", true)
                .containsEntry("enableSoftDelete", true).containsEntry("softDeleteRetentionInDays", 90L)
                .containsEntry("enablePurgeProtection", true).containsEntry("publicNetworkAccess", "Disabled")
                .containsEntry("enabledForDeployment", false).containsEntry("enabledForTemplateDeployment", false)
                .containsEntry("tenantId", AzurePreview.ZERO);
        assertThat(at(vault, "properties.networkAcls")).isEqualTo(Map.of("defaultAction", "Deny", "bypass", "AzureServices", "ipRules", List.of()));
        assertThat(String.valueOf(at(vault, "vaultName"))).matches("kv-keys-[0-9a-f]{6}");
    }

    @Test
    void premiumOnlyWhenAKeyIsHsmBacked() {
        assertThat(at(one(plan, "keys", "azure-native:keyvault:Vault"), "properties.sku")).isEqualTo(Map.of("family", "A", "name", "premium"));
        assertThat(at(one(plan, "soft", "azure-native:keyvault:Vault"), "properties.sku")).isEqualTo(Map.of("family", "A", "name", "standard"));
    }

    @Test
    void keysAreNonExportableWithTheirTypeSizeAndRotation() {
        PlannedResource hsm = named(plan, "keys-key-storage-cmk");
        assertThat(hsm.inputs()).containsEntry("keyName", "storage-cmk").containsEntry("vaultName", at(named(plan, "keys-vault"), "vaultName"));
        assertThat(dependsOn(plan, hsm, "keys-vault")).isTrue();
        assertThat(at(hsm, "properties")).isEqualTo(Map.of(
                "kty", "RSA-HSM", "keySize", 3072L,
                "attributes", Map.of("enabled", true, "exportable", false),
                "rotationPolicy", Map.of("lifetimeActions", List.of(Map.of(
                        "trigger", Map.of("timeAfterCreate", "P365D"), "action", Map.of("type", "Rotate"))))));
        PlannedResource plain = named(plan, "keys-key-plain");
        assertThat(at(plain, "properties.kty")).isEqualTo("RSA");
        assertThat(map(plain, "properties")).doesNotContainKey("rotationPolicy");
        PlannedResource ec = named(plan, "keys-key-signing");
        assertThat(map(ec, "properties")).containsEntry("kty", "EC").containsEntry("curveName", "P-384").doesNotContainKey("keySize");
        assertThat(at(ec, "properties.rotationPolicy.lifetimeActions.0.trigger.timeAfterCreate")).isEqualTo("P7D");
    }

    @Test
    void rotationMoreFrequentThanKeyVaultAllowsIsADeviation() {
        assertThat(plan.deviations()).filteredOn(d -> d.resource().equals("keys")).singleElement().satisfies(d -> {
            assertThat(d.grade()).isEqualTo(Grade.DEGRADED);
            assertThat(d.reasons()).containsExactly("key 'signing' rotates every 7 days, not every 3: Key Vault rotation policies"
                    + " cannot rotate more often");
        });
        assertThat(plan.deviations()).noneMatch(d -> d.resource().equals("soft"));
    }

    @Test
    void aPrivateEndpointInTheExposureSubnetWithPrivateDns() {
        PlannedResource endpoint = one(plan, "keys", "azure-native:network:PrivateEndpoint");
        assertThat(at(endpoint, "subnet.id")).isEqualTo(id("Microsoft.Network", "virtualNetworks/core-vnet/subnets/data"));
        assertThat(at(endpoint, "privateLinkServiceConnections.0.groupIds")).isEqualTo(List.of("vault"));
        assertThat(at(endpoint, "privateLinkServiceConnections.0.privateLinkServiceId"))
                .isEqualTo(id("Microsoft.KeyVault", "vaults/" + at(named(plan, "keys-vault"), "vaultName")));
        PlannedResource zone = named(plan, "core-dns-vault");
        assertThat(zone.parent()).isEqualTo(component(plan, "core").urn());
        assertThat(zone.inputs()).containsEntry("privateZoneName", "privatelink.vaultcore.azure.net").containsEntry("location", "global");
        PlannedResource link = named(plan, "core-dns-vault-link");
        assertThat(link.inputs()).containsEntry("registrationEnabled", false)
                .containsEntry("virtualNetwork", Map.of("id", id("Microsoft.Network", "virtualNetworks/core-vnet")));
        PlannedResource dns = one(plan, "keys", "azure-native:network:PrivateDnsZoneGroup");
        assertThat(at(dns, "privateDnsZoneConfigs.0.privateDnsZoneId"))
                .isEqualTo(id("Microsoft.Network", "privateDnsZones/privatelink.vaultcore.azure.net"));
        assertThat(dependsOn(plan, dns, "keys-pe")).isTrue();
        assertThat(dependsOn(plan, dns, "core-dns-vault-link")).isTrue();
        assertThat(plan.resources()).filteredOn(r -> r.type().equals("azure-native:network:PrivateEndpoint")).hasSize(1);
    }

    @Test
    void aPublicVaultAdmitsOnlyTheAllowedCidrs() {
        PlannedResource vault = one(plan, "partners", "azure-native:keyvault:Vault");
        assertThat(at(vault, "properties.publicNetworkAccess")).isEqualTo("Enabled");
        assertThat(at(vault, "properties.softDeleteRetentionInDays")).isEqualTo(30L);
        assertThat(at(vault, "properties.networkAcls")).isEqualTo(Map.of("defaultAction", "Deny", "bypass", "AzureServices",
                "ipRules", List.of(Map.of("value", "198.51.100.0/24"))));
    }
}
