package dev.pont.providers.ovhcloud.bindings.openstack;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/** Inputs of {@link Port}. */
public final class PortArgs extends ResourceArgs {
    public static final PortArgs Empty = new PortArgs();

    @Import(name = "name")
    private Output<String> name;

    @Import(name = "networkId", required = true)
    private Output<String> networkId;

    @Import(name = "fixedIps")
    private Output<List<PortFixedIpArgs>> fixedIps;

    @Import(name = "securityGroupIds")
    private Output<List<String>> securityGroupIds;

    @Import(name = "adminStateUp")
    private Output<Boolean> adminStateUp;

    @Import(name = "region")
    private Output<String> region;

    @Import(name = "tags")
    private Output<List<String>> tags;

    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    public Output<String> networkId() {
        return this.networkId;
    }

    public Optional<Output<List<PortFixedIpArgs>>> fixedIps() {
        return Optional.ofNullable(this.fixedIps);
    }

    public Optional<Output<List<String>>> securityGroupIds() {
        return Optional.ofNullable(this.securityGroupIds);
    }

    public Optional<Output<Boolean>> adminStateUp() {
        return Optional.ofNullable(this.adminStateUp);
    }

    public Optional<Output<String>> region() {
        return Optional.ofNullable(this.region);
    }

    public Optional<Output<List<String>>> tags() {
        return Optional.ofNullable(this.tags);
    }

    private PortArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final PortArgs $ = new PortArgs();

        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder networkId(Output<String> networkId) {
            $.networkId = networkId;
            return this;
        }

        public Builder networkId(String networkId) {
            return networkId(Output.of(networkId));
        }

        public Builder fixedIps(Output<List<PortFixedIpArgs>> fixedIps) {
            $.fixedIps = fixedIps;
            return this;
        }

        public Builder fixedIps(List<PortFixedIpArgs> fixedIps) {
            return fixedIps(Output.of(fixedIps));
        }

        public Builder fixedIps(PortFixedIpArgs... fixedIps) {
            return fixedIps(List.of(fixedIps));
        }

        public Builder securityGroupIds(Output<List<String>> securityGroupIds) {
            $.securityGroupIds = securityGroupIds;
            return this;
        }

        public Builder securityGroupIds(List<String> securityGroupIds) {
            return securityGroupIds(Output.of(securityGroupIds));
        }

        public Builder securityGroupIds(String... securityGroupIds) {
            return securityGroupIds(List.of(securityGroupIds));
        }

        public Builder adminStateUp(Output<Boolean> adminStateUp) {
            $.adminStateUp = adminStateUp;
            return this;
        }

        public Builder adminStateUp(Boolean adminStateUp) {
            return adminStateUp(Output.of(adminStateUp));
        }

        public Builder region(Output<String> region) {
            $.region = region;
            return this;
        }

        public Builder region(String region) {
            return region(Output.of(region));
        }

        public Builder tags(Output<List<String>> tags) {
            $.tags = tags;
            return this;
        }

        public Builder tags(List<String> tags) {
            return tags(Output.of(tags));
        }

        public Builder tags(String... tags) {
            return tags(List.of(tags));
        }

        public PortArgs build() {
            if ($.networkId == null) {
                throw new MissingRequiredPropertyException("PortArgs", "networkId");
            }
            return $;
        }
    }
}
