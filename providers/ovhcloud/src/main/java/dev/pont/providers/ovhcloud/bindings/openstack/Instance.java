package dev.pont.providers.ovhcloud.bindings.openstack;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** A Nova compute instance. */
@ResourceType(type = "openstack:compute/instance:Instance")
public class Instance extends CustomResource {
    public static final String TYPE = "openstack:compute/instance:Instance";

    @Export(name = "accessIpV4", refs = {String.class}, tree = "[0]")
    private Output<String> accessIpV4;

    public Output<String> accessIpV4() {
        return this.accessIpV4;
    }

    public Instance(String name, InstanceArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OpenstackPackage.options(options));
    }
}
