package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** A node pool of an MKS cluster. */
@ResourceType(type = "ovh:CloudProject/kubeNodePool:KubeNodePool")
public class KubeNodePool extends CustomResource {
    public static final String TYPE = "ovh:CloudProject/kubeNodePool:KubeNodePool";

    public KubeNodePool(String name, KubeNodePoolArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OvhPackage.options(options));
    }
}
