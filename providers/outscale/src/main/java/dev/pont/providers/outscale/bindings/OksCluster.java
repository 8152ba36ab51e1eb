package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** {@code outscale:index/oksCluster:OksCluster}: An OKS (managed Kubernetes) cluster. Its node pools are Kubernetes objects, not provider resources. */
@ResourceType(type = "outscale:index/oksCluster:OksCluster")
public class OksCluster extends CustomResource {
    public static final String TYPE = "outscale:index/oksCluster:OksCluster";

    @Export(name = "kubeconfig", refs = {String.class}, tree = "[0]")
    private Output<String> kubeconfig;

    @Export(name = "version", refs = {String.class}, tree = "[0]")
    private Output<String> version;

    public Output<String> kubeconfig() {
        return this.kubeconfig;
    }

    public Output<String> version() {
        return this.version;
    }

    public OksCluster(String name, OksClusterArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OutscalePlugin.options(options, "kubeconfig"));
    }
}
