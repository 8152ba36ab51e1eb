package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** A managed gateway (router with SNAT) giving one private subnet a way out. */
@ResourceType(type = "ovh:CloudProject/gateway:Gateway")
public class Gateway extends CustomResource {
    public static final String TYPE = "ovh:CloudProject/gateway:Gateway";

    @Export(name = "status", refs = {String.class}, tree = "[0]")
    private Output<String> status;

    public Output<String> status() {
        return this.status;
    }

    public Gateway(String name, GatewayArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OvhPackage.options(options));
    }
}
