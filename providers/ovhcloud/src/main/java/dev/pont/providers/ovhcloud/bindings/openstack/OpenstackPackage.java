package dev.pont.providers.ovhcloud.bindings.openstack;

import com.pulumi.resources.CustomResourceOptions;
import java.util.List;

/**
 * The OpenStack Pulumi package these bindings are written against. Its schema names no plugin
 * download URL, so the plugin comes from Pulumi's default plugin source; only the version is pinned.
 */
public final class OpenstackPackage {
    public static final String NAME = "openstack";
    public static final String VERSION = "5.5.1";

    private OpenstackPackage() {}

    /** The caller's options with this package's version, and the outputs the schema marks secret. */
    public static CustomResourceOptions options(CustomResourceOptions options, String... secretOutputs) {
        var defaults = CustomResourceOptions.builder().version(VERSION);
        if (secretOutputs.length > 0) {
            defaults.additionalSecretOutputs(List.of(secretOutputs));
        }
        return CustomResourceOptions.merge(defaults.build(), options);
    }
}
