package dev.pont.providers.outscale.bindings;

import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;

/** The explicit {@code pulumi:providers:outscale} instance every outscale resource is registered on. */
public class OutscaleProvider extends ProviderResource {
    public static final String TYPE = "pulumi:providers:" + OutscalePlugin.PACKAGE;

    public OutscaleProvider(String name, OutscaleProviderArgs args, CustomResourceOptions options) {
        super(OutscalePlugin.PACKAGE, name, args, OutscalePlugin.options(options));
    }
}
