package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** A subnet of a private network in one region (the OpenStack subnet id is the resource id). */
@ResourceType(type = "ovh:CloudProject/networkPrivateSubnetV2:NetworkPrivateSubnetV2")
public class NetworkPrivateSubnetV2 extends CustomResource {
    public static final String TYPE = "ovh:CloudProject/networkPrivateSubnetV2:NetworkPrivateSubnetV2";

    @Export(name = "cidr", refs = {String.class}, tree = "[0]")
    private Output<String> cidr;

    @Export(name = "gatewayIp", refs = {String.class}, tree = "[0]")
    private Output<String> gatewayIp;

    public Output<String> cidr() {
        return this.cidr;
    }

    public Output<String> gatewayIp() {
        return this.gatewayIp;
    }

    public NetworkPrivateSubnetV2(String name, NetworkPrivateSubnetV2Args args, CustomResourceOptions options) {
        super(TYPE, name, args, OvhPackage.options(options));
    }
}
