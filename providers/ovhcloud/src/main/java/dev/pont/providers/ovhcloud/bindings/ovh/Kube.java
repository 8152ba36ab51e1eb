package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/** A Managed Kubernetes Service (MKS) cluster. */
@ResourceType(type = "ovh:CloudProject/kube:Kube")
public class Kube extends CustomResource {
    public static final String TYPE = "ovh:CloudProject/kube:Kube";

    @Export(name = "url", refs = {String.class}, tree = "[0]")
    private Output<String> url;

    @Export(name = "kubeconfig", refs = {String.class}, tree = "[0]")
    private Output<String> kubeconfig;

    public Output<String> url() {
        return this.url;
    }

    public Output<String> kubeconfig() {
        return this.kubeconfig;
    }

    public Kube(String name, KubeArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, OvhPackage.options(options, "kubeconfig", "kubeconfigAttributes"));
    }
}
