package dev.pont.providers.ovhcloud.bindings.openstack;

import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** One allow rule of a Neutron security group. */
@ResourceType(type = "openstack:networking/secGroupRule:SecGroupRule")
public class SecGroupRule extends CustomResource {
    public static final String TYPE = "openstack:networking/secGroupRule:SecGroupRule";

    public SecGroupRule(String name, SecGroupRuleArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OpenstackPackage.options(options));
    }
}
