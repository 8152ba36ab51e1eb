package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** {@code outscale:index/internetService:InternetService}: An internet service (internet gateway), attached to a Net with an InternetServiceLink. */
@ResourceType(type = "outscale:index/internetService:InternetService")
public class InternetService extends CustomResource {
    public static final String TYPE = "outscale:index/internetService:InternetService";

    @Export(name = "internetServiceId", refs = {String.class}, tree = "[0]")
    private Output<String> internetServiceId;

    public Output<String> internetServiceId() {
        return this.internetServiceId;
    }

    public InternetService(String name, InternetServiceArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OutscalePlugin.options(options));
    }
}
