package dev.pont.providers.ovhcloud.bindings.openstack;

import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** A Neutron security group. */
@ResourceType(type = "openstack:networking/secGroup:SecGroup")
public class SecGroup extends CustomResource {
    public static final String TYPE = "openstack:networking/secGroup:SecGroup";

    public SecGroup(String name, SecGroupArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OpenstackPackage.options(options));
    }
}
