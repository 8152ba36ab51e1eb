package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.resources.CustomResourceOptions;
import java.util.List;

/**
 * The OVHcloud Pulumi package these bindings are written against: every registration carries its
 * plugin version and download URL, as a generated SDK's resources do, so that the Pulumi CLI
 * installs the very plugin whose schema the bindings are checked against.
 */
public final class OvhPackage {
    public static final String NAME = "ovh";
    public static final String VERSION = "2.13.0";
    public static final String PLUGIN_DOWNLOAD_URL = "github://api.github.com/ovh/pulumi-ovh";

    private OvhPackage() {}

    /** The caller's options with this package's version and plugin source, and the outputs the schema marks secret. */
    public static CustomResourceOptions options(CustomResourceOptions options, String... secretOutputs) {
        var defaults = CustomResourceOptions.builder()
                .version(VERSION)
                .pluginDownloadURL(PLUGIN_DOWNLOAD_URL);
        if (secretOutputs.length > 0) {
            defaults.additionalSecretOutputs(List.of(secretOutputs));
        }
        return CustomResourceOptions.merge(defaults.build(), options);
    }
}
