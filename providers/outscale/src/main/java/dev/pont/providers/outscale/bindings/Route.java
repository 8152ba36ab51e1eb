package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** {@code outscale:index/route:Route}: A route in a route table. */
@ResourceType(type = "outscale:index/route:Route")
public class Route extends CustomResource {
    public static final String TYPE = "outscale:index/route:Route";

    @Export(name = "state", refs = {String.class}, tree = "[0]")
    private Output<String> state;

    public Output<String> state() {
        return this.state;
    }

    public Route(String name, RouteArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OutscalePlugin.options(options));
    }
}
