package dev.pont.providers.ovhcloud.bindings.openstack;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;

/** A Neutron port: an instance's interface on a network, with its security groups. */
@ResourceType(type = "openstack:networking/port:Port")
public class Port extends CustomResource {
    public static final String TYPE = "openstack:networking/port:Port";

    @Export(name = "allFixedIps", refs = {List.class, String.class}, tree = "[0,1]")
    private Output<List<String>> allFixedIps;

    public Output<List<String>> allFixedIps() {
        return this.allFixedIps;
    }

    public Port(String name, PortArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OpenstackPackage.options(options));
    }
}
