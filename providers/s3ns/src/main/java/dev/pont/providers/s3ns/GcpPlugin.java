package dev.pont.providers.s3ns;

import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.Resource;

/**
 * The gcp provider plugin S3NS needs, and the options every gcp registration carries.
 *
 * <p>The Java SDK on Maven Central stops at 7.0.0 and its generated classes ask the engine for
 * plugin 7.0.0, whose schema has no {@code universeDomain}. The key exists from plugin 7.1.1 on;
 * 7.38.0 is the last release of the same major version, so the inputs the 7.0.0 SDK serialises
 * keep their meaning (no major-version break) while the plugin understands {@code s3nsapis.fr}.
 */
public final class GcpPlugin {
    public static final String PACKAGE = "gcp";
    /** Plugin version requested by the explicit provider and by every gcp resource. */
    public static final String VERSION = "7.38.0";
    /** The Java SDK the adapter is compiled against (its embedded plugin.json says 7.0.0). */
    public static final String SDK_VERSION = "7.0.0";

    private GcpPlugin() {}

    /**
     * {@code options} with the plugin version set. Generated gcp classes merge their own default
     * (7.0.0) under the caller's options, so the version set here wins.
     *
     * <p>Never pass null as the first argument of {@code CustomResourceOptions.merge}: the SDK
     * (1.36.1) then merges into its shared {@code CustomResourceOptions.Empty}, and every later
     * resource of the JVM, of any provider, would ask for this plugin version.
     */
    public static CustomResourceOptions options(CustomResourceOptions options) {
        CustomResourceOptions base = options != null ? options : CustomResourceOptions.builder().build();
        var version = (CustomResourceOptions.Builder) CustomResourceOptions.builder().version(VERSION);
        return CustomResourceOptions.merge(base, version.build());
    }

    /** Options of a provider function call: the explicit provider and the same plugin version. */
    public static InvokeOptions invoke(Resource parent, ProviderResource provider) {
        return new InvokeOptions(parent, provider, VERSION);
    }
}
