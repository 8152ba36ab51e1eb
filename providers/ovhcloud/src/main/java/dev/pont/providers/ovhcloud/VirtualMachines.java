package dev.pont.providers.ovhcloud;

import com.pulumi.core.Output;
import dev.pont.core.adapter.Realised;
import dev.pont.core.facts.Property;
import dev.pont.core.adapter.Scope;
import dev.pont.core.spec.VirtualMachineSpec;
import dev.pont.core.spec.VolumeClass;
import dev.pont.providers.ovhcloud.Regions.Service;
import dev.pont.providers.ovhcloud.bindings.openstack.FloatingIp;
import dev.pont.providers.ovhcloud.bindings.openstack.FloatingIpArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.FloatingIpAssociate;
import dev.pont.providers.ovhcloud.bindings.openstack.FloatingIpAssociateArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.Instance;
import dev.pont.providers.ovhcloud.bindings.openstack.InstanceArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.InstanceBlockDeviceArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.InstanceNetworkArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.Port;
import dev.pont.providers.ovhcloud.bindings.openstack.PortArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.PortFixedIpArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.VolumeAttach;
import dev.pont.providers.ovhcloud.bindings.openstack.VolumeAttachArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.CloudProjectFunctions;
import dev.pont.providers.ovhcloud.bindings.ovh.Gateway;
import dev.pont.providers.ovhcloud.bindings.ovh.GetImagesArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.GetImagesImage;
import java.util.List;

/**
 * Virtual machines, through the OpenStack provider: the {@code ovh} provider's instance resource
 * takes no security group and a flavour by regional id, while an OpenStack instance boots on a
 * port that carries the subnet's security group. The instance boots from a {@code -luks} volume
 * created from the catalog's image (so the OS disk is encrypted and sized as asked), has no public
 * IP unless asked, and gets one admin user with the SSH key from stack config.
 */
final class VirtualMachines {
    private final OvhRun run;

    VirtualMachines(OvhRun run) {
        this.run = run;
    }

    Realised virtualMachine(Scope scope, VirtualMachineSpec spec) {
        var network = scope.lookup(spec.subnet().network(), Handles.Network.class);
        var subnet = network.subnet(spec.subnet().subnet());
        String region = run.region(scope, Service.OPENSTACK);
        String zone = run.zone(scope);
        String flavor = OvhcloudAdapter.CATALOG.size(scope, spec.size());
        String imageName = String.valueOf(OvhcloudAdapter.CATALOG.image(scope, spec.image()));
        String osDiskType = OvhcloudAdapter.CATALOG.volumeClass(scope, VolumeClass.BALANCED_SSD);
        String sshKey = run.session().config().require(OvhcloudAdapter.TARGET, spec.sshKeyConfig(),
                "admin SSH public key of virtual machine " + scope.name());

        var port = new Port(scope.child("port"), PortArgs.builder()
                .name(run.cloudName(scope))
                .networkId(network.openstackId())
                .fixedIps(PortFixedIpArgs.builder().subnetId(subnet.subnet().id()).build())
                // The subnet's group only: a port given explicit groups does not get the project's "default" one.
                .securityGroupIds(subnet.securityGroup().id().applyValue(List::of))
                .adminStateUp(true)
                .region(region)
                .tags(run.tags(scope))
                .build(), scope.options(run.openstack()));
        var args = InstanceArgs.builder()
                .name(run.cloudName(scope))
                .region(region)
                .flavorName(flavor)
                .blockDevices(InstanceBlockDeviceArgs.builder()
                        .sourceType("image")
                        .uuid(imageId(scope, imageName, region))
                        .destinationType("volume")
                        .volumeSize(spec.osDiskGiB())
                        .volumeType(osDiskType)
                        .bootIndex(0)
                        .deleteOnTermination(true)
                        .build())
                .networks(InstanceNetworkArgs.builder().port(port.id()).build())
                .userData(CloudInit.adminUser(spec.adminUser(), sshKey))
                .metadata(scope.labels().asMap())
                .stopBeforeDestroy(true);
        if (zone != null) {
            args.availabilityZone(zone);
        }
        var instance = new Instance(scope.child(""), args.build(), scope.options(run.openstack()));
        for (String name : spec.volumes()) {
            var volume = scope.lookup(name, Handles.BlockVolume.class);
            new VolumeAttach(scope.child(name + "-attachment"), VolumeAttachArgs.builder()
                    .instanceId(instance.id())
                    .volumeId(volume.volume().id())
                    .region(region)
                    .build(), scope.options(run.openstack()));
        }
        Output<String> endpoint = port.allFixedIps().applyValue(ips -> ips == null || ips.isEmpty() ? "" : ips.get(0));
        if (spec.publicIp()) {
            endpoint = publicIp(scope, network, subnet, port, region);
        }
        if (spec.diskEncryptionKey() != null) {
            scope.degraded("customer-managed key " + spec.diskEncryptionKey() + " is not used: the OS disk is a " + osDiskType
                    + " boot volume encrypted with an OVHcloud-managed key; Nova and Cinder take no OKMS key here", Property.KEY_CUSTODY);
        }
        return new Realised(instance.id(), endpoint, new Handles.VirtualMachine(instance, port));
    }

    /** The image's id in the region, looked up by the catalog's name when the program runs. */
    private Output<String> imageId(Scope scope, String imageName, String region) {
        return CloudProjectFunctions.getImages(GetImagesArgs.builder().serviceName(run.projectId()).region(region).osType("linux").build(),
                        scope.component(), run.ovh())
                .applyValue(result -> result.images().stream()
                        .filter(i -> imageName.equals(i.name()))
                        .map(GetImagesImage::id)
                        .sorted()
                        .findFirst()
                        .orElseThrow(() -> scope.error("image '" + imageName + "' is not offered in " + region
                                + ": update the images of the ovhcloud catalog (catalog.json)")));
    }

    /** A floating IP from the public network, bound to the port through the subnet's gateway (OVHcloud NATs floating IPs there). */
    private Output<String> publicIp(Scope scope, Handles.Network network, Handles.Subnet subnet, Port port, String region) {
        Gateway gateway = run.gateway(scope, network, subnet.name());
        var ip = new FloatingIp(scope.child("public-ip"), FloatingIpArgs.builder()
                .pool(OvhcloudAdapter.SETTINGS.publicNetwork())
                .description("Pont public IP of " + scope.name())
                .region(region)
                .tags(run.tags(scope))
                .build(), scope.options(run.openstack()));
        new FloatingIpAssociate(scope.child("public-ip-association"), FloatingIpAssociateArgs.builder()
                .floatingIp(ip.address())
                .portId(port.id())
                .region(region)
                .build(), scope.options(run.openstack(), gateway));
        return ip.address();
    }
}
