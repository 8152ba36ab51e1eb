package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;

/** Nested input {@code KubePrivateNetworkConfiguration}. */
public final class KubePrivateNetworkConfigurationArgs extends ResourceArgs {
    public static final KubePrivateNetworkConfigurationArgs Empty = new KubePrivateNetworkConfigurationArgs();

    @Import(name = "defaultVrackGateway", required = true)
    private Output<String> defaultVrackGateway;

    @Import(name = "privateNetworkRoutingAsDefault", required = true)
    private Output<Boolean> privateNetworkRoutingAsDefault;

    public Output<String> defaultVrackGateway() {
        return this.defaultVrackGateway;
    }

    public Output<Boolean> privateNetworkRoutingAsDefault() {
        return this.privateNetworkRoutingAsDefault;
    }

    private KubePrivateNetworkConfigurationArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final KubePrivateNetworkConfigurationArgs $ = new KubePrivateNetworkConfigurationArgs();

        public Builder defaultVrackGateway(Output<String> defaultVrackGateway) {
            $.defaultVrackGateway = defaultVrackGateway;
            return this;
        }

        public Builder defaultVrackGateway(String defaultVrackGateway) {
            return defaultVrackGateway(Output.of(defaultVrackGateway));
        }

        public Builder privateNetworkRoutingAsDefault(Output<Boolean> privateNetworkRoutingAsDefault) {
            $.privateNetworkRoutingAsDefault = privateNetworkRoutingAsDefault;
            return this;
        }

        public Builder privateNetworkRoutingAsDefault(Boolean privateNetworkRoutingAsDefault) {
            return privateNetworkRoutingAsDefault(Output.of(privateNetworkRoutingAsDefault));
        }

        public KubePrivateNetworkConfigurationArgs build() {
            if ($.defaultVrackGateway == null) {
                throw new MissingRequiredPropertyException("KubePrivateNetworkConfigurationArgs", "defaultVrackGateway");
            }
            if ($.privateNetworkRoutingAsDefault == null) {
                throw new MissingRequiredPropertyException("KubePrivateNetworkConfigurationArgs", "privateNetworkRoutingAsDefault");
            }
            return $;
        }
    }
}
