package dev.pont.providers.ovhcloud.bindings.openstack;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** Attaches a Cinder volume to an instance. */
@ResourceType(type = "openstack:compute/volumeAttach:VolumeAttach")
public class VolumeAttach extends CustomResource {
    public static final String TYPE = "openstack:compute/volumeAttach:VolumeAttach";

    @Export(name = "device", refs = {String.class}, tree = "[0]")
    private Output<String> device;

    public Output<String> device() {
        return this.device;
    }

    public VolumeAttach(String name, VolumeAttachArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OpenstackPackage.options(options));
    }
}
