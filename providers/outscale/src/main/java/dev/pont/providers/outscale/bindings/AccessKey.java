package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** {@code outscale:index/accessKey:AccessKey}: An access key of an EIM user. The schema does not mark secretKey secret; this binding does (additionalSecretOutputs), so it is encrypted in state. */
@ResourceType(type = "outscale:index/accessKey:AccessKey")
public class AccessKey extends CustomResource {
    public static final String TYPE = "outscale:index/accessKey:AccessKey";

    @Export(name = "accessKeyId", refs = {String.class}, tree = "[0]")
    private Output<String> accessKeyId;

    @Export(name = "secretKey", refs = {String.class}, tree = "[0]")
    private Output<String> secretKey;

    public Output<String> accessKeyId() {
        return this.accessKeyId;
    }

    public Output<String> secretKey() {
        return this.secretKey;
    }

    public AccessKey(String name, AccessKeyArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OutscalePlugin.options(options, "secretKey"));
    }
}
