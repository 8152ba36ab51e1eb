package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** An OVHcloud KMS (OKMS) domain in one region. */
@ResourceType(type = "ovh:Okms/okms:Okms")
public class Okms extends CustomResource {
    public static final String TYPE = "ovh:Okms/okms:Okms";

    @Export(name = "restEndpoint", refs = {String.class}, tree = "[0]")
    private Output<String> restEndpoint;

    @Export(name = "kmipEndpoint", refs = {String.class}, tree = "[0]")
    private Output<String> kmipEndpoint;

    public Output<String> restEndpoint() {
        return this.restEndpoint;
    }

    public Output<String> kmipEndpoint() {
        return this.kmipEndpoint;
    }

    public Okms(String name, OkmsArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OvhPackage.options(options));
    }
}
