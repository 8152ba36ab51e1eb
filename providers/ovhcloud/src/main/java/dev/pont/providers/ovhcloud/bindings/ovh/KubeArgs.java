package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@link Kube}. */
public final class KubeArgs extends ResourceArgs {
    public static final KubeArgs Empty = new KubeArgs();

    @Import(name = "serviceName")
    private Output<String> serviceName;

    @Import(name = "name")
    private Output<String> name;

    @Import(name = "region", required = true)
    private Output<String> region;

    @Import(name = "version")
    private Output<String> version;

    @Import(name = "plan")
    private Output<String> plan;

    @Import(name = "privateNetworkId")
    private Output<String> privateNetworkId;

    @Import(name = "nodesSubnetId")
    private Output<String> nodesSubnetId;

    @Import(name = "privateNetworkConfiguration")
    private Output<KubePrivateNetworkConfigurationArgs> privateNetworkConfiguration;

    @Import(name = "updatePolicy")
    private Output<String> updatePolicy;

    public Optional<Output<String>> serviceName() {
        return Optional.ofNullable(this.serviceName);
    }

    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    public Output<String> region() {
        return this.region;
    }

    public Optional<Output<String>> version() {
        return Optional.ofNullable(this.version);
    }

    public Optional<Output<String>> plan() {
        return Optional.ofNullable(this.plan);
    }

    public Optional<Output<String>> privateNetworkId() {
        return Optional.ofNullable(this.privateNetworkId);
    }

    public Optional<Output<String>> nodesSubnetId() {
        return Optional.ofNullable(this.nodesSubnetId);
    }

    public Optional<Output<KubePrivateNetworkConfigurationArgs>> privateNetworkConfiguration() {
        return Optional.ofNullable(this.privateNetworkConfiguration);
    }

    public Optional<Output<String>> updatePolicy() {
        return Optional.ofNullable(this.updatePolicy);
    }

    private KubeArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final KubeArgs $ = new KubeArgs();

        public Builder serviceName(Output<String> serviceName) {
            $.serviceName = serviceName;
            return this;
        }

        public Builder serviceName(String serviceName) {
            return serviceName(Output.of(serviceName));
        }

        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder region(Output<String> region) {
            $.region = region;
            return this;
        }

        public Builder region(String region) {
            return region(Output.of(region));
        }

        public Builder version(Output<String> version) {
            $.version = version;
            return this;
        }

        public Builder version(String version) {
            return version(Output.of(version));
        }

        public Builder plan(Output<String> plan) {
            $.plan = plan;
            return this;
        }

        public Builder plan(String plan) {
            return plan(Output.of(plan));
        }

        public Builder privateNetworkId(Output<String> privateNetworkId) {
            $.privateNetworkId = privateNetworkId;
            return this;
        }

        public Builder privateNetworkId(String privateNetworkId) {
            return privateNetworkId(Output.of(privateNetworkId));
        }

        public Builder nodesSubnetId(Output<String> nodesSubnetId) {
            $.nodesSubnetId = nodesSubnetId;
            return this;
        }

        public Builder nodesSubnetId(String nodesSubnetId) {
            return nodesSubnetId(Output.of(nodesSubnetId));
        }

        public Builder privateNetworkConfiguration(Output<KubePrivateNetworkConfigurationArgs> privateNetworkConfiguration) {
            $.privateNetworkConfiguration = privateNetworkConfiguration;
            return this;
        }

        public Builder privateNetworkConfiguration(KubePrivateNetworkConfigurationArgs privateNetworkConfiguration) {
            return privateNetworkConfiguration(Output.of(privateNetworkConfiguration));
        }

        public Builder updatePolicy(Output<String> updatePolicy) {
            $.updatePolicy = updatePolicy;
            return this;
        }

        public Builder updatePolicy(String updatePolicy) {
            return updatePolicy(Output.of(updatePolicy));
        }

        public KubeArgs build() {
            if ($.region == null) {
                throw new MissingRequiredPropertyException("KubeArgs", "region");
            }
            return $;
        }
    }
}
