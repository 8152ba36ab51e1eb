package dev.pont.providers.ovhcloud.bindings.openstack;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@link SecGroupRule}. */
public final class SecGroupRuleArgs extends ResourceArgs {
    public static final SecGroupRuleArgs Empty = new SecGroupRuleArgs();

    @Import(name = "securityGroupId", required = true)
    private Output<String> securityGroupId;

    @Import(name = "direction", required = true)
    private Output<String> direction;

    @Import(name = "ethertype", required = true)
    private Output<String> ethertype;

    @Import(name = "protocol")
    private Output<String> protocol;

    @Import(name = "portRangeMin")
    private Output<Integer> portRangeMin;

    @Import(name = "portRangeMax")
    private Output<Integer> portRangeMax;

    @Import(name = "remoteIpPrefix")
    private Output<String> remoteIpPrefix;

    @Import(name = "description")
    private Output<String> description;

    @Import(name = "region")
    private Output<String> region;

    public Output<String> securityGroupId() {
        return this.securityGroupId;
    }

    public Output<String> direction() {
        return this.direction;
    }

    public Output<String> ethertype() {
        return this.ethertype;
    }

    public Optional<Output<String>> protocol() {
        return Optional.ofNullable(this.protocol);
    }

    public Optional<Output<Integer>> portRangeMin() {
        return Optional.ofNullable(this.portRangeMin);
    }

    public Optional<Output<Integer>> portRangeMax() {
        return Optional.ofNullable(this.portRangeMax);
    }

    public Optional<Output<String>> remoteIpPrefix() {
        return Optional.ofNullable(this.remoteIpPrefix);
    }

    public Optional<Output<String>> description() {
        return Optional.ofNullable(this.description);
    }

    public Optional<Output<String>> region() {
        return Optional.ofNullable(this.region);
    }

    private SecGroupRuleArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final SecGroupRuleArgs $ = new SecGroupRuleArgs();

        public Builder securityGroupId(Output<String> securityGroupId) {
            $.securityGroupId = securityGroupId;
            return this;
        }

        public Builder securityGroupId(String securityGroupId) {
            return securityGroupId(Output.of(securityGroupId));
        }

        public Builder direction(Output<String> direction) {
            $.direction = direction;
            return this;
        }

        public Builder direction(String direction) {
            return direction(Output.of(direction));
        }

        public Builder ethertype(Output<String> ethertype) {
            $.ethertype = ethertype;
            return this;
        }

        public Builder ethertype(String ethertype) {
            return ethertype(Output.of(ethertype));
        }

        public Builder protocol(Output<String> protocol) {
            $.protocol = protocol;
            return this;
        }

        public Builder protocol(String protocol) {
            return protocol(Output.of(protocol));
        }

        public Builder portRangeMin(Output<Integer> portRangeMin) {
            $.portRangeMin = portRangeMin;
            return this;
        }

        public Builder portRangeMin(Integer portRangeMin) {
            return portRangeMin(Output.of(portRangeMin));
        }

        public Builder portRangeMax(Output<Integer> portRangeMax) {
            $.portRangeMax = portRangeMax;
            return this;
        }

        public Builder portRangeMax(Integer portRangeMax) {
            return portRangeMax(Output.of(portRangeMax));
        }

        public Builder remoteIpPrefix(Output<String> remoteIpPrefix) {
            $.remoteIpPrefix = remoteIpPrefix;
            return this;
        }

        public Builder remoteIpPrefix(String remoteIpPrefix) {
            return remoteIpPrefix(Output.of(remoteIpPrefix));
        }

        public Builder description(Output<String> description) {
            $.description = description;
            return this;
        }

        public Builder description(String description) {
            return description(Output.of(description));
        }

        public Builder region(Output<String> region) {
            $.region = region;
            return this;
        }

        public Builder region(String region) {
            return region(Output.of(region));
        }

        public SecGroupRuleArgs build() {
            if ($.securityGroupId == null) {
                throw new MissingRequiredPropertyException("SecGroupRuleArgs", "securityGroupId");
            }
            if ($.direction == null) {
                throw new MissingRequiredPropertyException("SecGroupRuleArgs", "direction");
            }
            if ($.ethertype == null) {
                throw new MissingRequiredPropertyException("SecGroupRuleArgs", "ethertype");
            }
            return $;
        }
    }
}
