package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@link OvhProvider}: the settings Pont sets; credentials stay in the environment. */
public final class OvhProviderArgs extends ResourceArgs {
    public static final OvhProviderArgs Empty = new OvhProviderArgs();

    @Import(name = "endpoint")
    private Output<String> endpoint;

    @Import(name = "userAgentExtra")
    private Output<String> userAgentExtra;

    public Optional<Output<String>> endpoint() {
        return Optional.ofNullable(this.endpoint);
    }

    public Optional<Output<String>> userAgentExtra() {
        return Optional.ofNullable(this.userAgentExtra);
    }

    private OvhProviderArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final OvhProviderArgs $ = new OvhProviderArgs();

        public Builder endpoint(String endpoint) {
            $.endpoint = Output.of(endpoint);
            return this;
        }

        public Builder userAgentExtra(String userAgentExtra) {
            $.userAgentExtra = Output.of(userAgentExtra);
            return this;
        }

        public OvhProviderArgs build() {
            return $;
        }
    }
}
