package dev.pont.providers.outscale.bindings;

import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;

/** A {@code pulumi:providers:kubernetes} bound to one OKS cluster's kubeconfig. */
public class KubernetesProvider extends ProviderResource {
    public static final String TYPE = "pulumi:providers:" + KubernetesPlugin.PACKAGE;

    public KubernetesProvider(String name, KubernetesProviderArgs args, CustomResourceOptions options) {
        super(KubernetesPlugin.PACKAGE, name, args, KubernetesPlugin.options(options));
    }
}
