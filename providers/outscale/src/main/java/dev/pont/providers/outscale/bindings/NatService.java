package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** {@code outscale:index/natService:NatService}: A NAT service, in a Subnet routed to an internet service. */
@ResourceType(type = "outscale:index/natService:NatService")
public class NatService extends CustomResource {
    public static final String TYPE = "outscale:index/natService:NatService";

    @Export(name = "natServiceId", refs = {String.class}, tree = "[0]")
    private Output<String> natServiceId;

    public Output<String> natServiceId() {
        return this.natServiceId;
    }

    public NatService(String name, NatServiceArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OutscalePlugin.options(options));
    }
}
