package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@link NetworkPrivateSubnetV2}. */
public final class NetworkPrivateSubnetV2Args extends ResourceArgs {
    public static final NetworkPrivateSubnetV2Args Empty = new NetworkPrivateSubnetV2Args();

    @Import(name = "serviceName")
    private Output<String> serviceName;

    @Import(name = "networkId", required = true)
    private Output<String> networkId;

    @Import(name = "region", required = true)
    private Output<String> region;

    @Import(name = "name")
    private Output<String> name;

    @Import(name = "cidr", required = true)
    private Output<String> cidr;

    @Import(name = "dhcp")
    private Output<Boolean> dhcp;

    @Import(name = "enableGatewayIp")
    private Output<Boolean> enableGatewayIp;

    @Import(name = "gatewayIp")
    private Output<String> gatewayIp;

    public Optional<Output<String>> serviceName() {
        return Optional.ofNullable(this.serviceName);
    }

    public Output<String> networkId() {
        return this.networkId;
    }

    public Output<String> region() {
        return this.region;
    }

    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    public Output<String> cidr() {
        return this.cidr;
    }

    public Optional<Output<Boolean>> dhcp() {
        return Optional.ofNullable(this.dhcp);
    }

    public Optional<Output<Boolean>> enableGatewayIp() {
        return Optional.ofNullable(this.enableGatewayIp);
    }

    public Optional<Output<String>> gatewayIp() {
        return Optional.ofNullable(this.gatewayIp);
    }

    private NetworkPrivateSubnetV2Args() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final NetworkPrivateSubnetV2Args $ = new NetworkPrivateSubnetV2Args();

        public Builder serviceName(Output<String> serviceName) {
            $.serviceName = serviceName;
            return this;
        }

        public Builder serviceName(String serviceName) {
            return serviceName(Output.of(serviceName));
        }

        public Builder networkId(Output<String> networkId) {
            $.networkId = networkId;
            return this;
        }

        public Builder networkId(String networkId) {
            return networkId(Output.of(networkId));
        }

        public Builder region(Output<String> region) {
            $.region = region;
            return this;
        }

        public Builder region(String region) {
            return region(Output.of(region));
        }

        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder cidr(Output<String> cidr) {
            $.cidr = cidr;
            return this;
        }

        public Builder cidr(String cidr) {
            return cidr(Output.of(cidr));
        }

        public Builder dhcp(Output<Boolean> dhcp) {
            $.dhcp = dhcp;
            return this;
        }

        public Builder dhcp(Boolean dhcp) {
            return dhcp(Output.of(dhcp));
        }

        public Builder enableGatewayIp(Output<Boolean> enableGatewayIp) {
            $.enableGatewayIp = enableGatewayIp;
            return this;
        }

        public Builder enableGatewayIp(Boolean enableGatewayIp) {
            return enableGatewayIp(Output.of(enableGatewayIp));
        }

        public Builder gatewayIp(Output<String> gatewayIp) {
            $.gatewayIp = gatewayIp;
            return this;
        }

        public Builder gatewayIp(String gatewayIp) {
            return gatewayIp(Output.of(gatewayIp));
        }

        public NetworkPrivateSubnetV2Args build() {
            if ($.networkId == null) {
                throw new MissingRequiredPropertyException("NetworkPrivateSubnetV2Args", "networkId");
            }
            if ($.region == null) {
                throw new MissingRequiredPropertyException("NetworkPrivateSubnetV2Args", "region");
            }
            if ($.cidr == null) {
                throw new MissingRequiredPropertyException("NetworkPrivateSubnetV2Args", "cidr");
            }
            return $;
        }
    }
}
