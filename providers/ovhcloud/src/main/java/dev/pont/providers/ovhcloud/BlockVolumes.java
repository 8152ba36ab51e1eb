package dev.pont.providers.ovhcloud;

import dev.pont.core.adapter.Realised;
import dev.pont.core.facts.Property;
import dev.pont.core.adapter.Scope;
import dev.pont.core.spec.BlockVolumeSpec;
import dev.pont.providers.ovhcloud.Regions.Service;
import dev.pont.providers.ovhcloud.bindings.openstack.Volume;
import dev.pont.providers.ovhcloud.bindings.openstack.VolumeArgs;

/**
 * Block volumes: a Cinder volume of a {@code -luks} type (encrypted at rest, OVHcloud-managed
 * key), through the OpenStack provider so that it carries labels as metadata and its id is the one
 * a volume attachment takes.
 */
final class BlockVolumes {
    private final OvhRun run;

    BlockVolumes(OvhRun run) {
        this.run = run;
    }

    Realised blockVolume(Scope scope, BlockVolumeSpec spec) {
        String zone = run.zone(scope);
        var args = VolumeArgs.builder()
                .name(run.cloudName(scope))
                .region(run.region(scope, Service.OPENSTACK))
                .size(spec.sizeGiB())
                .volumeType(OvhcloudAdapter.CATALOG.volumeClass(scope, spec.volumeClass()))
                .description("Pont block volume " + scope.name() + " of stack " + run.session().stack())
                .metadata(scope.labels().asMap())
                .enableOnlineResize(true);
        if (zone != null) {
            args.availabilityZone(zone);
        }
        var volume = new Volume(scope.child(""), args.build(), scope.options(run.openstack()));
        if (spec.encryptionKey() != null) {
            scope.degraded("customer-managed key " + spec.encryptionKey() + " is not used: -luks volume types are encrypted with an OVHcloud-managed key, "
                    + "and a Cinder volume takes no OKMS key", Property.KEY_CUSTODY);
        }
        if (run.session().placement().zoneRedundant()) {
            scope.degraded("not zone-redundant: a block volume lives in one availability zone ("
                    + (zone == null ? run.location() + " has one" : zone) + "); snapshots or backups are needed to survive the loss of that zone",
                    Property.ZONE_REDUNDANT);
        }
        return Realised.of(volume.id(), new Handles.BlockVolume(volume, zone));
    }
}
