package dev.pont.providers.azure;

import com.pulumi.azurenative.compute.Disk;
import com.pulumi.azurenative.compute.DiskArgs;
import com.pulumi.azurenative.compute.DiskEncryptionSet;
import com.pulumi.azurenative.compute.enums.DataAccessAuthMode;
import com.pulumi.azurenative.compute.enums.DiskCreateOption;
import com.pulumi.azurenative.compute.enums.EncryptionType;
import com.pulumi.azurenative.compute.enums.NetworkAccessPolicy;
import com.pulumi.azurenative.compute.enums.PublicNetworkAccess;
import com.pulumi.azurenative.compute.inputs.CreationDataArgs;
import com.pulumi.azurenative.compute.inputs.DiskSkuArgs;
import com.pulumi.azurenative.compute.inputs.EncryptionArgs;
import dev.pont.core.adapter.Realised;
import dev.pont.core.adapter.Scope;
import dev.pont.core.facts.Property;
import dev.pont.core.spec.BlockVolumeSpec;
import dev.pont.core.spec.VolumeClass;

/** A block volume is an empty managed disk, encrypted at rest, reachable only through the VM that attaches it. */
final class BlockVolumes {
    private final AzureRun run;
    private final CustomerKeys keys;

    BlockVolumes(AzureRun run, CustomerKeys keys) {
        this.run = run;
        this.keys = keys;
    }

    Realised blockVolume(Scope scope, BlockVolumeSpec spec) {
        String name = scope.child("disk");
        DiskArgs.Builder args = DiskArgs.builder()
                .diskName(name)
                .resourceGroupName(run.resourceGroupName())
                .location(run.location())
                .sku(DiskSkuArgs.builder().name(diskSku(scope, spec.volumeClass())).build())
                .diskSizeGB(spec.sizeGiB())
                .creationData(CreationDataArgs.builder().createOption(DiskCreateOption.Empty).build())
                // No export or upload URL over any network: the data moves only through the VM that attaches the disk.
                .networkAccessPolicy(NetworkAccessPolicy.DenyAll)
                .publicNetworkAccess(PublicNetworkAccess.Disabled)
                .dataAccessAuthMode(DataAccessAuthMode.AzureActiveDirectory)
                .tags(run.tags(scope));
        if (spec.encryptionKey() != null) {
            DiskEncryptionSet set = keys.diskEncryptionSet(scope, spec.encryptionKey());
            args.encryption(EncryptionArgs.builder()
                    .type(EncryptionType.EncryptionAtRestWithCustomerKey)
                    .diskEncryptionSetId(set.id())
                    .build());
        } else {
            args.encryption(EncryptionArgs.builder().type(EncryptionType.EncryptionAtRestWithPlatformKey).build());
        }
        Disk disk = new Disk(name, args.build(), scope.options(null));
        return Realised.of(disk.id(), new Handles.BlockVolume(scope.name(), disk));
    }

    /**
     * The disk SKU for a volume class; with a zone-redundant placement, its zone-redundant (ZRS)
     * variant, so the disk survives the loss of a zone and can attach to a VM in any zone.
     */
    String diskSku(Scope scope, VolumeClass volumeClass) {
        String sku = run.catalog().volumeClass(scope, volumeClass);
        if (!run.session().placement().zoneRedundant()) {
            return sku;
        }
        String zoneRedundant = run.rules().zoneRedundantDisks().get(sku);
        if (zoneRedundant == null) {
            scope.degraded(volumeClass + " disks (" + sku + ") have no zone-redundant variant on Azure: the disk is kept in"
                    + " one zone (LRS) and is unavailable when that zone is; use balanced-ssd or performance-ssd", Property.ZONE_REDUNDANT);
            return sku;
        }
        scope.choice("volume-redundancy", "zone-redundant " + volumeClass, zoneRedundant, true, "zone-redundant variant of " + sku);
        return zoneRedundant;
    }
}
