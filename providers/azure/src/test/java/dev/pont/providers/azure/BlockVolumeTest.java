package dev.pont.providers.azure;

import static dev.pont.providers.azure.Previews.at;
import static dev.pont.providers.azure.Previews.component;
import static dev.pont.providers.azure.Previews.dependsOn;
import static dev.pont.providers.azure.Previews.id;
import static dev.pont.providers.azure.Previews.named;
import static dev.pont.providers.azure.Previews.preview;
import static dev.pont.providers.azure.Previews.stack;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.CatalogChoice;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.BlockVolumeSpec;
import dev.pont.core.spec.Jurisdiction;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.Placement;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.VolumeClass;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockVolumeTest {

    @Test
    void anEmptyManagedDiskOfTheCatalogSkuReachableOnlyThroughItsVm() {
        Plan plan = preview(stack(p -> p.blockVolume("scratch", BlockVolumeSpec.of(64, VolumeClass.BALANCED_SSD))));
        PlannedResource disk = named(plan, "scratch-disk");
        assertThat(disk.type()).isEqualTo("azure-native:compute:Disk");
        assertThat(disk.parent()).isEqualTo(component(plan, "scratch").urn());
        assertThat(disk.inputs()).containsEntry("diskName", "scratch-disk").containsEntry("diskSizeGB", 64L)
                .containsEntry("sku", Map.of("name", "StandardSSD_LRS"))
                .containsEntry("creationData", Map.of("createOption", "Empty"))
                .containsEntry("networkAccessPolicy", "DenyAll").containsEntry("publicNetworkAccess", "Disabled")
                .containsEntry("dataAccessAuthMode", "AzureActiveDirectory")
                .containsEntry("encryption", Map.of("type", "EncryptionAtRestWithPlatformKey"))
                .doesNotContainKey("zones");
        assertThat(plan.choices()).containsExactly(new CatalogChoice("scratch", "azure", "volume-class", "balanced-ssd", "StandardSSD_LRS", true, ""));
        assertThat(plan.deviations()).isEmpty();
    }

    @Test
    void aCustomerKeyGoesThroughADiskEncryptionSetThatFollowsKeyRotation() {
        Plan plan = preview(stack(p -> {
            p.keyVault("keys", KeyVaultSpec.withKeys(KeySpec.rsa("disks", 3072, 365).hsm()));
            p.blockVolume("data", BlockVolumeSpec.of(128, VolumeClass.PERFORMANCE_SSD).encryptedWith(Refs.key("keys", "disks")));
        }));
        PlannedResource set = named(plan, "data-des");
        String vault = String.valueOf(at(named(plan, "keys-vault"), "vaultName"));
        assertThat(set.type()).isEqualTo("azure-native:compute:DiskEncryptionSet");
        assertThat(set.inputs()).containsEntry("encryptionType", "EncryptionAtRestWithCustomerKey")
                .containsEntry("rotationToLatestKeyVersionEnabled", true)
                .containsEntry("identity", Map.of("type", "UserAssigned", "userAssignedIdentities",
                        List.of(id("Microsoft.ManagedIdentity", "userAssignedIdentities/data-cmk-identity"))));
        assertThat(String.valueOf(at(set, "activeKey.keyUrl"))).matches("https://" + vault + "\\.vault\\.azure\\.net/keys/disks/[0-9a-f]{32}");
        assertThat(at(set, "activeKey.sourceVault.id")).isEqualTo(id("Microsoft.KeyVault", "vaults/" + vault));
        assertThat(dependsOn(plan, set, "data-cmk-access")).isTrue();
        assertThat(at(named(plan, "data-cmk-access"), "roleDefinitionId").toString()).endsWith("/e147488a-f6f5-4113-8e2d-b22465e65bf6");
        PlannedResource disk = named(plan, "data-disk");
        assertThat(at(disk, "encryption")).isEqualTo(Map.of("type", "EncryptionAtRestWithCustomerKey",
                "diskEncryptionSetId", id("Microsoft.Compute", "diskEncryptionSets/data-des")));
        assertThat(at(disk, "sku.name")).isEqualTo("Premium_LRS");
        assertThat(dependsOn(plan, disk, "data-des")).isTrue();
    }

    @Test
    void zoneRedundantPlacementUsesZoneRedundantDisksOrSaysWhyNot() {
        Plan plan = preview(stack(Placement.in(Jurisdiction.FR).withZoneRedundancy(), p -> {
            p.blockVolume("fast", BlockVolumeSpec.of(64, VolumeClass.PERFORMANCE_SSD));
            p.blockVolume("cold", BlockVolumeSpec.of(512, VolumeClass.STANDARD_HDD));
        }));
        assertThat(at(named(plan, "fast-disk"), "sku.name")).isEqualTo("Premium_ZRS");
        assertThat(plan.choices()).contains(new CatalogChoice("fast", "azure", "volume-redundancy", "zone-redundant performance-ssd",
                "Premium_ZRS", true, "zone-redundant variant of Premium_LRS"));
        assertThat(at(named(plan, "cold-disk"), "sku.name")).isEqualTo("Standard_LRS");
        assertThat(plan.deviations()).singleElement().satisfies(d -> {
            assertThat(d.resource()).isEqualTo("cold");
            assertThat(d.reasons()).containsExactly("standard-hdd disks (Standard_LRS) have no zone-redundant variant on Azure: the disk"
                    + " is kept in one zone (LRS) and is unavailable when that zone is; use balanced-ssd or performance-ssd");
        });
    }
}
