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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.platform.PontStack;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.Jurisdiction;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.Placement;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.SubnetSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ObjectStoreTest {
    static final PontStack LOCKED = stack(Placement.in(Jurisdiction.FR).withZoneRedundancy(), p -> {
        p.network("core", NetworkSpec.of("10.20.0.0/16", SubnetSpec.of("data", "10.20.1.0/24")));
        p.keyVault("keys", KeyVaultSpec.withKeys(KeySpec.rsa("cmk", 3072, 365)));
        p.objectStore("datasets", ObjectStoreSpec.privateStore().retention(3650, true)
                .encryptedWith(Refs.key("keys", "cmk"))
                .exposure(Exposure.privateIn(Refs.subnet("core", "data"))));
    });

    static Plan plan;

    @BeforeAll
    static void previewOnce() {
        plan = preview(LOCKED);
    }

    @Test
    void aPrivateStorageAccountWithSecureDefaults() {
        PlannedResource account = one(plan, "datasets", "azure-native:storage:StorageAccount");
        assertThat(account.parent()).isEqualTo(component(plan, "datasets").urn());
        assertThat(account.inputs()).containsEntry("kind", "StorageV2").containsEntry("minimumTlsVersion", "TLS1_2")
                .containsEntry("enableHttpsTrafficOnly", true).containsEntry("allowBlobPublicAccess", false)
                .containsEntry("allowSharedKeyAccess", false).containsEntry("defaultToOAuthAuthentication", true)
                .containsEntry("allowCrossTenantReplication", false).containsEntry("publicNetworkAccess", "Disabled")
                .containsEntry("isHnsEnabled", false).containsEntry("isSftpEnabled", false).containsEntry("isLocalUserEnabled", false);
        assertThat(at(account, "networkRuleSet")).isEqualTo(Map.of("defaultAction", "Deny", "bypass", "None", "ipRules", List.of()));
        assertThat(at(account, "encryption.requireInfrastructureEncryption")).isEqualTo(true);
        assertThat(String.valueOf(at(account, "accountName"))).matches("[a-z0-9]{3,24}").startsWith("stdatasets");
        assertThat(at(account, "tags")).isEqualTo(Map.of("pont-stack", "demo", "pont-resource", "datasets"));
    }

    @Test
    void zoneRedundantPlacementGivesZoneRedundantStorage() {
        assertThat(at(named(plan, "datasets-account"), "sku.name")).isEqualTo("Standard_ZRS");
        Plan local = preview(stack(p -> p.objectStore("files", ObjectStoreSpec.privateStore())));
        assertThat(at(named(local, "files-account"), "sku.name")).isEqualTo("Standard_LRS");
        assertThat(at(named(local, "files-account"), "encryption.keySource")).isEqualTo("Microsoft.Storage");
        assertThat(named(local, "files-account").inputs()).doesNotContainKeys("identity", "immutableStorageWithVersioning");
        assertThat(local.deviations()).isEmpty();
    }

    @Test
    void theCustomerKeyIsUsedThroughAnIdentityAllowedToWrapWithThatKeyOnly() {
        PlannedResource identity = one(plan, "datasets", "azure-native:managedidentity:UserAssignedIdentity");
        String identityId = id("Microsoft.ManagedIdentity", "userAssignedIdentities/datasets-cmk-identity");
        PlannedResource grant = named(plan, "datasets-cmk-access");
        assertThat(grant.type()).isEqualTo("azure-native:authorization:RoleAssignment");
        assertThat(grant.inputs()).containsEntry("principalType", "ServicePrincipal")
                .containsEntry("roleDefinitionId", "/subscriptions/" + AzurePreview.ZERO
                        + "/providers/Microsoft.Authorization/roleDefinitions/e147488a-f6f5-4113-8e2d-b22465e65bf6")
                .containsEntry("scope", id("Microsoft.KeyVault", "vaults/" + at(named(plan, "keys-vault"), "vaultName") + "/keys/cmk"));
        assertThat(dependsOn(plan, grant, identity.name())).isTrue();
        PlannedResource account = named(plan, "datasets-account");
        assertThat(at(account, "identity")).isEqualTo(Map.of("type", "UserAssigned", "userAssignedIdentities", List.of(identityId)));
        assertThat(at(account, "encryption.keySource")).isEqualTo("Microsoft.Keyvault");
        assertThat(at(account, "encryption.keyVaultProperties")).isEqualTo(Map.of(
                "keyName", "cmk", "keyVaultUri", "https://" + at(named(plan, "keys-vault"), "vaultName") + ".vault.azure.net/"));
        assertThat(at(account, "encryption.encryptionIdentity.encryptionUserAssignedIdentity")).isEqualTo(identityId);
        // The account is created only once its identity may use the key.
        assertThat(dependsOn(plan, account, "datasets-cmk-access")).isTrue();
    }

    @Test
    void versioningSoftDeleteAndAPrivateContainer() {
        PlannedResource blob = one(plan, "datasets", "azure-native:storage:BlobServiceProperties");
        assertThat(blob.inputs()).containsEntry("isVersioningEnabled", true).containsEntry("blobServicesName", "default")
                .containsEntry("deleteRetentionPolicy", Map.of("enabled", true, "days", 7L))
                .containsEntry("containerDeleteRetentionPolicy", Map.of("enabled", true, "days", 7L));
        PlannedResource container = one(plan, "datasets", "azure-native:storage:BlobContainer");
        assertThat(container.inputs()).containsEntry("publicAccess", "None").containsEntry("containerName", "datasets")
                .containsEntry("accountName", at(named(plan, "datasets-account"), "accountName"));
    }

    @Test
    void lockedRetentionIsCreatedUnlockedAndSaysHowToLockIt() {
        assertThat(at(named(plan, "datasets-account"), "immutableStorageWithVersioning")).isEqualTo(Map.of("enabled", true,
                "immutabilityPolicy", Map.of("immutabilityPeriodSinceCreationInDays", 3650L, "state", "Unlocked",
                        "allowProtectedAppendWrites", false)));
        assertThat(plan.deviations()).singleElement().satisfies(d -> {
            assertThat(d.resource()).isEqualTo("datasets");
            assertThat(d.reasons()).containsExactly("retention is not locked yet: Azure creates immutability policies unlocked and locks"
                    + " them only on a later update, which cannot be undone; after the first deployment set"
                    + " pont:azureImmutabilityLocked=true and deploy again");
        });
    }

    @Test
    void onceConfirmedTheRetentionIsLockedAndNothingIsLost() {
        Plan locked = preview(LOCKED, Map.of("pont:azureImmutabilityLocked", "true"));
        assertThat(at(named(locked, "datasets-account"), "immutableStorageWithVersioning.immutabilityPolicy.state")).isEqualTo("Locked");
        assertThat(locked.deviations()).isEmpty();
        Plan unlockedAsked = preview(stack(p -> p.objectStore("files", ObjectStoreSpec.privateStore().retention(30, false))));
        assertThat(at(named(unlockedAsked, "files-account"), "immutableStorageWithVersioning.immutabilityPolicy"))
                .isEqualTo(Map.of("immutabilityPeriodSinceCreationInDays", 30L, "state", "Unlocked", "allowProtectedAppendWrites", false));
        assertThat(unlockedAsked.deviations()).isEmpty();
    }

    @Test
    void aPrivateEndpointForBlobsInTheExposureSubnet() {
        PlannedResource endpoint = one(plan, "datasets", "azure-native:network:PrivateEndpoint");
        assertThat(at(endpoint, "privateLinkServiceConnections.0.groupIds")).isEqualTo(List.of("blob"));
        assertThat(at(endpoint, "subnet.id")).isEqualTo(id("Microsoft.Network", "virtualNetworks/core-vnet/subnets/data"));
        assertThat(at(named(plan, "core-dns-blob"), "privateZoneName")).isEqualTo("privatelink.blob.core.windows.net");
    }

    @Test
    void aPublicStoreAdmitsOnlyPublicCidrsInTheFormAzureTakes() {
        Plan open = preview(stack(p -> p.objectStore("public", ObjectStoreSpec.privateStore().exposure(Exposure.publicFrom(List.of(
                Cidr.parse("198.51.100.0/24"), Cidr.parse("203.0.113.7/32"), Cidr.parse("203.0.113.8/31"), Cidr.parse("10.1.0.0/16")))))));
        PlannedResource account = named(open, "public-account");
        assertThat(at(account, "publicNetworkAccess")).isEqualTo("Enabled");
        assertThat(at(account, "networkRuleSet.defaultAction")).isEqualTo("Deny");
        assertThat(at(account, "networkRuleSet.ipRules")).isEqualTo(List.of(
                Map.of("iPAddressOrRange", "198.51.100.0/24", "action", "Allow"),
                Map.of("iPAddressOrRange", "203.0.113.7", "action", "Allow"),
                Map.of("iPAddressOrRange", "203.0.113.8", "action", "Allow"),
                Map.of("iPAddressOrRange", "203.0.113.9", "action", "Allow")));
        assertThat(at(account, "allowBlobPublicAccess")).isEqualTo(false);
        assertThat(open.deviations()).singleElement().satisfies(d -> assertThat(d.reasons()).containsExactly(
                "allowed CIDR 10.1.0.0/16 is a private range, which storage firewalls do not accept: reach the store from private"
                        + " addresses through a private endpoint (exposure subnet)"));
    }

    @Test
    void accountNamesAreDeterministicAndDifferPerStack() {
        var other = stack("other", Placement.in(Jurisdiction.FR), p -> p.objectStore("datasets", ObjectStoreSpec.privateStore()));
        Object here = at(named(plan, "datasets-account"), "accountName");
        assertThat(at(named(preview(LOCKED), "datasets-account"), "accountName")).isEqualTo(here);
        assertThat(at(named(preview(other), "datasets-account"), "accountName")).isNotEqualTo(here);
    }

    @Test
    void anEllipticCurveKeyCannotEncryptAzureStorage() {
        var ec = stack(p -> {
            p.keyVault("keys", KeyVaultSpec.withKeys(KeySpec.ec("cmk", 256, 365)));
            p.objectStore("files", ObjectStoreSpec.privateStore().encryptedWith(Refs.key("keys", "cmk")));
        });
        assertThatThrownBy(() -> preview(ec)).isInstanceOf(PontException.class)
                .hasMessage("target azure, object-store 'files': key keys/cmk is ec: Azure encrypts storage, disks and databases only"
                        + " with RSA customer-managed keys; use an RSA key");
    }
}
