package dev.pont.providers.ovhcloud.bindings.openstack;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Nested input {@code PortFixedIp}. */
public final class PortFixedIpArgs extends ResourceArgs {
    public static final PortFixedIpArgs Empty = new PortFixedIpArgs();

    @Import(name = "subnetId")
    private Output<String> subnetId;

    @Import(name = "ipAddress")
    private Output<String> ipAddress;

    public Optional<Output<String>> subnetId() {
        return Optional.ofNullable(this.subnetId);
    }

    public Optional<Output<String>> ipAddress() {
        return Optional.ofNullable(this.ipAddress);
    }

    private PortFixedIpArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final PortFixedIpArgs $ = new PortFixedIpArgs();

        public Builder subnetId(Output<String> subnetId) {
            $.subnetId = subnetId;
            return this;
        }

        public Builder subnetId(String subnetId) {
            return subnetId(Output.of(subnetId));
        }

        public Builder ipAddress(Output<String> ipAddress) {
            $.ipAddress = ipAddress;
            return this;
        }

        public Builder ipAddress(String ipAddress) {
            return ipAddress(Output.of(ipAddress));
        }

        public PortFixedIpArgs build() {
            return $;
        }
    }
}
