package dev.pont.providers.s3ns;

import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;

/**
 * The explicit {@code pulumi:providers:gcp} instance every gcp resource of a run is registered on.
 * Hand-written instead of {@code com.pulumi.gcp.Provider} because the 7.0.0 SDK's
 * {@code ProviderArgs} cannot carry {@code universeDomain}, and the Java SDK has no public way to
 * add an input to a typed args class; see the module README for the alternatives weighed.
 */
public final class S3nsProvider extends ProviderResource {
    public static final String TYPE = "pulumi:providers:" + GcpPlugin.PACKAGE;

    public S3nsProvider(String name, S3nsProviderArgs args, CustomResourceOptions options) {
        super(GcpPlugin.PACKAGE, name, args, GcpPlugin.options(options));
    }
}
