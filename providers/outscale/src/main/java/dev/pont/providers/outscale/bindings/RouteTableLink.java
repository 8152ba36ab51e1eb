package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** {@code outscale:index/routeTableLink:RouteTableLink}: Associates a route table with a Subnet. */
@ResourceType(type = "outscale:index/routeTableLink:RouteTableLink")
public class RouteTableLink extends CustomResource {
    public static final String TYPE = "outscale:index/routeTableLink:RouteTableLink";

    @Export(name = "linkRouteTableId", refs = {String.class}, tree = "[0]")
    private Output<String> linkRouteTableId;

    public Output<String> linkRouteTableId() {
        return this.linkRouteTableId;
    }

    public RouteTableLink(String name, RouteTableLinkArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OutscalePlugin.options(options));
    }
}
