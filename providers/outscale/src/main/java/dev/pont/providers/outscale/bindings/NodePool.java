package dev.pont.providers.outscale.bindings;

import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** {@code kubernetes:oks.dev/v1beta2:NodePool}: An OKS node pool: a Kubernetes custom resource applied to the cluster through the Kubernetes provider (not an outscale provider resource). */
@ResourceType(type = "kubernetes:oks.dev/v1beta2:NodePool")
public class NodePool extends CustomResource {
    public static final String TYPE = "kubernetes:oks.dev/v1beta2:NodePool";

    public NodePool(String name, NodePoolArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, KubernetesPlugin.options(options));
    }
}
