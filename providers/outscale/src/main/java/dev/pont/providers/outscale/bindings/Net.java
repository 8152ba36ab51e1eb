package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** {@code outscale:index/net:Net}: A Net: a private network (Outscale's VPC). */
@ResourceType(type = "outscale:index/net:Net")
public class Net extends CustomResource {
    public static final String TYPE = "outscale:index/net:Net";

    @Export(name = "netId", refs = {String.class}, tree = "[0]")
    private Output<String> netId;

    @Export(name = "ipRange", refs = {String.class}, tree = "[0]")
    private Output<String> ipRange;

    @Export(name = "state", refs = {String.class}, tree = "[0]")
    private Output<String> state;

    public Output<String> netId() {
        return this.netId;
    }

    public Output<String> ipRange() {
        return this.ipRange;
    }

    public Output<String> state() {
        return this.state;
    }

    public Net(String name, NetArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OutscalePlugin.options(options));
    }
}
