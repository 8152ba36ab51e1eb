package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/** Inputs of {@link KubeIpRestrictions}. */
public final class KubeIpRestrictionsArgs extends ResourceArgs {
    public static final KubeIpRestrictionsArgs Empty = new KubeIpRestrictionsArgs();

    @Import(name = "serviceName")
    private Output<String> serviceName;

    @Import(name = "kubeId", required = true)
    private Output<String> kubeId;

    @Import(name = "ips", required = true)
    private Output<List<String>> ips;

    public Optional<Output<String>> serviceName() {
        return Optional.ofNullable(this.serviceName);
    }

    public Output<String> kubeId() {
        return this.kubeId;
    }

    public Output<List<String>> ips() {
        return this.ips;
    }

    private KubeIpRestrictionsArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final KubeIpRestrictionsArgs $ = new KubeIpRestrictionsArgs();

        public Builder serviceName(Output<String> serviceName) {
            $.serviceName = serviceName;
            return this;
        }

        public Builder serviceName(String serviceName) {
            return serviceName(Output.of(serviceName));
        }

        public Builder kubeId(Output<String> kubeId) {
            $.kubeId = kubeId;
            return this;
        }

        public Builder kubeId(String kubeId) {
            return kubeId(Output.of(kubeId));
        }

        public Builder ips(Output<List<String>> ips) {
            $.ips = ips;
            return this;
        }

        public Builder ips(List<String> ips) {
            return ips(Output.of(ips));
        }

        public Builder ips(String... ips) {
            return ips(List.of(ips));
        }

        public KubeIpRestrictionsArgs build() {
            if ($.kubeId == null) {
                throw new MissingRequiredPropertyException("KubeIpRestrictionsArgs", "kubeId");
            }
            if ($.ips == null) {
                throw new MissingRequiredPropertyException("KubeIpRestrictionsArgs", "ips");
            }
            return $;
        }
    }
}
