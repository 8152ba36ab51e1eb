package dev.pont.providers.ovhcloud.bindings.openstack;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** A public IPv4 address from the external network's pool. */
@ResourceType(type = "openstack:networking/floatingIp:FloatingIp")
public class FloatingIp extends CustomResource {
    public static final String TYPE = "openstack:networking/floatingIp:FloatingIp";

    @Export(name = "address", refs = {String.class}, tree = "[0]")
    private Output<String> address;

    public Output<String> address() {
        return this.address;
    }

    public FloatingIp(String name, FloatingIpArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OpenstackPackage.options(options));
    }
}
