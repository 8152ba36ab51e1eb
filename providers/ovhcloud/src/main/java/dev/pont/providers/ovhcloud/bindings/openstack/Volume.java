package dev.pont.providers.ovhcloud.bindings.openstack;

import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** A Cinder block storage volume. */
@ResourceType(type = "openstack:blockstorage/volume:Volume")
public class Volume extends CustomResource {
    public static final String TYPE = "openstack:blockstorage/volume:Volume";

    public Volume(String name, VolumeArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OpenstackPackage.options(options));
    }
}
