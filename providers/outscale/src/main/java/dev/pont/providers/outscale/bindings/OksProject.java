package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** {@code outscale:index/oksProject:OksProject}: An OKS project: the Net and quotas OKS clusters live in. */
@ResourceType(type = "outscale:index/oksProject:OksProject")
public class OksProject extends CustomResource {
    public static final String TYPE = "outscale:index/oksProject:OksProject";

    @Export(name = "status", refs = {String.class}, tree = "[0]")
    private Output<String> status;

    public Output<String> status() {
        return this.status;
    }

    public OksProject(String name, OksProjectArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OutscalePlugin.options(options));
    }
}
