package dev.pont.providers.outscale.bindings;

import com.pulumi.resources.CustomResourceOptions;

/**
 * The Kubernetes provider plugin the OKS node pools go through. Any 4.x plugin applies generic
 * custom resources; this version is pinned so that previews and deployments agree.
 */
public final class KubernetesPlugin {
    public static final String PACKAGE = "kubernetes";
    public static final String VERSION = "4.18.4";

    private KubernetesPlugin() {}

    public static CustomResourceOptions options(CustomResourceOptions options, String... secretOutputs) {
        var defaults = (CustomResourceOptions.Builder) CustomResourceOptions.builder().version(VERSION);
        if (secretOutputs.length > 0) {
            defaults.additionalSecretOutputs(secretOutputs);
        }
        return CustomResourceOptions.merge(defaults.build(), options);
    }
}
