package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/** Inputs of {@link KubeNodePool}. */
public final class KubeNodePoolArgs extends ResourceArgs {
    public static final KubeNodePoolArgs Empty = new KubeNodePoolArgs();

    @Import(name = "serviceName")
    private Output<String> serviceName;

    @Import(name = "kubeId", required = true)
    private Output<String> kubeId;

    @Import(name = "name")
    private Output<String> name;

    @Import(name = "flavorName", required = true)
    private Output<String> flavorName;

    @Import(name = "autoscale")
    private Output<Boolean> autoscale;

    @Import(name = "minNodes")
    private Output<Integer> minNodes;

    @Import(name = "maxNodes")
    private Output<Integer> maxNodes;

    @Import(name = "desiredNodes")
    private Output<Integer> desiredNodes;

    @Import(name = "availabilityZones")
    private Output<List<String>> availabilityZones;

    @Import(name = "antiAffinity")
    private Output<Boolean> antiAffinity;

    @Import(name = "monthlyBilled")
    private Output<Boolean> monthlyBilled;

    @Import(name = "template")
    private Output<KubeNodePoolTemplateArgs> template;

    public Optional<Output<String>> serviceName() {
        return Optional.ofNullable(this.serviceName);
    }

    public Output<String> kubeId() {
        return this.kubeId;
    }

    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    public Output<String> flavorName() {
        return this.flavorName;
    }

    public Optional<Output<Boolean>> autoscale() {
        return Optional.ofNullable(this.autoscale);
    }

    public Optional<Output<Integer>> minNodes() {
        return Optional.ofNullable(this.minNodes);
    }

    public Optional<Output<Integer>> maxNodes() {
        return Optional.ofNullable(this.maxNodes);
    }

    public Optional<Output<Integer>> desiredNodes() {
        return Optional.ofNullable(this.desiredNodes);
    }

    public Optional<Output<List<String>>> availabilityZones() {
        return Optional.ofNullable(this.availabilityZones);
    }

    public Optional<Output<Boolean>> antiAffinity() {
        return Optional.ofNullable(this.antiAffinity);
    }

    public Optional<Output<Boolean>> monthlyBilled() {
        return Optional.ofNullable(this.monthlyBilled);
    }

    public Optional<Output<KubeNodePoolTemplateArgs>> template() {
        return Optional.ofNullable(this.template);
    }

    private KubeNodePoolArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final KubeNodePoolArgs $ = new KubeNodePoolArgs();

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

        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder flavorName(Output<String> flavorName) {
            $.flavorName = flavorName;
            return this;
        }

        public Builder flavorName(String flavorName) {
            return flavorName(Output.of(flavorName));
        }

        public Builder autoscale(Output<Boolean> autoscale) {
            $.autoscale = autoscale;
            return this;
        }

        public Builder autoscale(Boolean autoscale) {
            return autoscale(Output.of(autoscale));
        }

        public Builder minNodes(Output<Integer> minNodes) {
            $.minNodes = minNodes;
            return this;
        }

        public Builder minNodes(Integer minNodes) {
            return minNodes(Output.of(minNodes));
        }

        public Builder maxNodes(Output<Integer> maxNodes) {
            $.maxNodes = maxNodes;
            return this;
        }

        public Builder maxNodes(Integer maxNodes) {
            return maxNodes(Output.of(maxNodes));
        }

        public Builder desiredNodes(Output<Integer> desiredNodes) {
            $.desiredNodes = desiredNodes;
            return this;
        }

        public Builder desiredNodes(Integer desiredNodes) {
            return desiredNodes(Output.of(desiredNodes));
        }

        public Builder availabilityZones(Output<List<String>> availabilityZones) {
            $.availabilityZones = availabilityZones;
            return this;
        }

        public Builder availabilityZones(List<String> availabilityZones) {
            return availabilityZones(Output.of(availabilityZones));
        }

        public Builder availabilityZones(String... availabilityZones) {
            return availabilityZones(List.of(availabilityZones));
        }

        public Builder antiAffinity(Output<Boolean> antiAffinity) {
            $.antiAffinity = antiAffinity;
            return this;
        }

        public Builder antiAffinity(Boolean antiAffinity) {
            return antiAffinity(Output.of(antiAffinity));
        }

        public Builder monthlyBilled(Output<Boolean> monthlyBilled) {
            $.monthlyBilled = monthlyBilled;
            return this;
        }

        public Builder monthlyBilled(Boolean monthlyBilled) {
            return monthlyBilled(Output.of(monthlyBilled));
        }

        public Builder template(Output<KubeNodePoolTemplateArgs> template) {
            $.template = template;
            return this;
        }

        public Builder template(KubeNodePoolTemplateArgs template) {
            return template(Output.of(template));
        }

        public KubeNodePoolArgs build() {
            if ($.kubeId == null) {
                throw new MissingRequiredPropertyException("KubeNodePoolArgs", "kubeId");
            }
            if ($.flavorName == null) {
                throw new MissingRequiredPropertyException("KubeNodePoolArgs", "flavorName");
            }
            return $;
        }
    }
}
