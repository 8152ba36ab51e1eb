package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** {@code outscale:index/publicIp:PublicIp}: A public IP allocated to the account. */
@ResourceType(type = "outscale:index/publicIp:PublicIp")
public class PublicIp extends CustomResource {
    public static final String TYPE = "outscale:index/publicIp:PublicIp";

    @Export(name = "publicIpId", refs = {String.class}, tree = "[0]")
    private Output<String> publicIpId;

    @Export(name = "publicIP", refs = {String.class}, tree = "[0]")
    private Output<String> publicIp;

    public Output<String> publicIpId() {
        return this.publicIpId;
    }

    public Output<String> publicIp() {
        return this.publicIp;
    }

    public PublicIp(String name, PublicIpArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OutscalePlugin.options(options));
    }
}
