package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;

/** Inputs of the Kubernetes provider Pont needs: the cluster's kubeconfig (a secret). */
public final class KubernetesProviderArgs extends ResourceArgs {
    /** The kubeconfig contents, not a path. */
    @Import(name = "kubeconfig", required = true)
    private Output<String> kubeconfig;

    public Output<String> kubeconfig() {
        return this.kubeconfig;
    }

    private KubernetesProviderArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final KubernetesProviderArgs $ = new KubernetesProviderArgs();

        public Builder kubeconfig(Output<String> kubeconfig) {
            $.kubeconfig = kubeconfig;
            return this;
        }

        public KubernetesProviderArgs build() {
            if ($.kubeconfig == null) {
                throw new MissingRequiredPropertyException("KubernetesProviderArgs", "kubeconfig");
            }
            return $;
        }
    }
}
