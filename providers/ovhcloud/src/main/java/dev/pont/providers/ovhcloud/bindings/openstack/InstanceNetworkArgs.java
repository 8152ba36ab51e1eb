package dev.pont.providers.ovhcloud.bindings.openstack;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Nested input {@code InstanceNetwork}. */
public final class InstanceNetworkArgs extends ResourceArgs {
    public static final InstanceNetworkArgs Empty = new InstanceNetworkArgs();

    @Import(name = "port")
    private Output<String> port;

    @Import(name = "uuid")
    private Output<String> uuid;

    @Import(name = "fixedIpV4")
    private Output<String> fixedIpV4;

    public Optional<Output<String>> port() {
        return Optional.ofNullable(this.port);
    }

    public Optional<Output<String>> uuid() {
        return Optional.ofNullable(this.uuid);
    }

    public Optional<Output<String>> fixedIpV4() {
        return Optional.ofNullable(this.fixedIpV4);
    }

    private InstanceNetworkArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final InstanceNetworkArgs $ = new InstanceNetworkArgs();

        public Builder port(Output<String> port) {
            $.port = port;
            return this;
        }

        public Builder port(String port) {
            return port(Output.of(port));
        }

        public Builder uuid(Output<String> uuid) {
            $.uuid = uuid;
            return this;
        }

        public Builder uuid(String uuid) {
            return uuid(Output.of(uuid));
        }

        public Builder fixedIpV4(Output<String> fixedIpV4) {
            $.fixedIpV4 = fixedIpV4;
            return this;
        }

        public Builder fixedIpV4(String fixedIpV4) {
            return fixedIpV4(Output.of(fixedIpV4));
        }

        public InstanceNetworkArgs build() {
            return $;
        }
    }
}
