package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/** Inputs of {@link NetworkPrivate}. */
public final class NetworkPrivateArgs extends ResourceArgs {
    public static final NetworkPrivateArgs Empty = new NetworkPrivateArgs();

    @Import(name = "serviceName")
    private Output<String> serviceName;

    @Import(name = "name")
    private Output<String> name;

    @Import(name = "regions")
    private Output<List<String>> regions;

    @Import(name = "vlanId")
    private Output<Integer> vlanId;

    public Optional<Output<String>> serviceName() {
        return Optional.ofNullable(this.serviceName);
    }

    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    public Optional<Output<List<String>>> regions() {
        return Optional.ofNullable(this.regions);
    }

    public Optional<Output<Integer>> vlanId() {
        return Optional.ofNullable(this.vlanId);
    }

    private NetworkPrivateArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final NetworkPrivateArgs $ = new NetworkPrivateArgs();

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

        public Builder regions(Output<List<String>> regions) {
            $.regions = regions;
            return this;
        }

        public Builder regions(List<String> regions) {
            return regions(Output.of(regions));
        }

        public Builder regions(String... regions) {
            return regions(List.of(regions));
        }

        public Builder vlanId(Output<Integer> vlanId) {
            $.vlanId = vlanId;
            return this;
        }

        public Builder vlanId(Integer vlanId) {
            return vlanId(Output.of(vlanId));
        }

        public NetworkPrivateArgs build() {
            return $;
        }
    }
}
