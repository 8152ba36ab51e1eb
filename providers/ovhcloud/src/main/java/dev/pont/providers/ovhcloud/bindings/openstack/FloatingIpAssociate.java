package dev.pont.providers.ovhcloud.bindings.openstack;

import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** Binds a floating IP to a port. */
@ResourceType(type = "openstack:networking/floatingIpAssociate:FloatingIpAssociate")
public class FloatingIpAssociate extends CustomResource {
    public static final String TYPE = "openstack:networking/floatingIpAssociate:FloatingIpAssociate";

    public FloatingIpAssociate(String name, FloatingIpAssociateArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OpenstackPackage.options(options));
    }
}
