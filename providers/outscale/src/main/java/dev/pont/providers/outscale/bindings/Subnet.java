package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** {@code outscale:index/subnet:Subnet}: A Subnet of a Net, in one Subregion. */
@ResourceType(type = "outscale:index/subnet:Subnet")
public class Subnet extends CustomResource {
    public static final String TYPE = "outscale:index/subnet:Subnet";

    @Export(name = "subnetId", refs = {String.class}, tree = "[0]")
    private Output<String> subnetId;

    @Export(name = "subregionName", refs = {String.class}, tree = "[0]")
    private Output<String> subregionName;

    @Export(name = "netId", refs = {String.class}, tree = "[0]")
    private Output<String> netId;

    public Output<String> subnetId() {
        return this.subnetId;
    }

    public Output<String> subregionName() {
        return this.subregionName;
    }

    public Output<String> netId() {
        return this.netId;
    }

    public Subnet(String name, SubnetArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OutscalePlugin.options(options));
    }
}
