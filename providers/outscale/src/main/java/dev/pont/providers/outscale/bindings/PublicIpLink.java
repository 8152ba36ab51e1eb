package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** {@code outscale:index/publicIpLink:PublicIpLink}: Associates a public IP with a VM. */
@ResourceType(type = "outscale:index/publicIpLink:PublicIpLink")
public class PublicIpLink extends CustomResource {
    public static final String TYPE = "outscale:index/publicIpLink:PublicIpLink";

    @Export(name = "linkPublicIpId", refs = {String.class}, tree = "[0]")
    private Output<String> linkPublicIpId;

    public Output<String> linkPublicIpId() {
        return this.linkPublicIpId;
    }

    public PublicIpLink(String name, PublicIpLinkArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OutscalePlugin.options(options));
    }
}
