package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** {@code outscale:index/internetServiceLink:InternetServiceLink}: Attaches an internet service to a Net. */
@ResourceType(type = "outscale:index/internetServiceLink:InternetServiceLink")
public class InternetServiceLink extends CustomResource {
    public static final String TYPE = "outscale:index/internetServiceLink:InternetServiceLink";

    @Export(name = "internetServiceId", refs = {String.class}, tree = "[0]")
    private Output<String> internetServiceId;

    @Export(name = "state", refs = {String.class}, tree = "[0]")
    private Output<String> state;

    public Output<String> internetServiceId() {
        return this.internetServiceId;
    }

    public Output<String> state() {
        return this.state;
    }

    public InternetServiceLink(String name, InternetServiceLinkArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OutscalePlugin.options(options));
    }
}
