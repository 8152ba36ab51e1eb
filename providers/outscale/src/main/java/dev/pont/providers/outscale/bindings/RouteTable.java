package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** {@code outscale:index/routeTable:RouteTable}: A route table of a Net. */
@ResourceType(type = "outscale:index/routeTable:RouteTable")
public class RouteTable extends CustomResource {
    public static final String TYPE = "outscale:index/routeTable:RouteTable";

    @Export(name = "routeTableId", refs = {String.class}, tree = "[0]")
    private Output<String> routeTableId;

    public Output<String> routeTableId() {
        return this.routeTableId;
    }

    public RouteTable(String name, RouteTableArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OutscalePlugin.options(options));
    }
}
