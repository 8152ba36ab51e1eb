package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@code outscale:index/internetServiceLink:InternetServiceLink}. */
public final class InternetServiceLinkArgs extends ResourceArgs {
    public static final InternetServiceLinkArgs Empty = new InternetServiceLinkArgs();

    /** The internet service. */
    @Import(name = "internetServiceId", required = true)
    private Output<String> internetServiceId;

    /** The Net. */
    @Import(name = "netId", required = true)
    private Output<String> netId;

    public Output<String> internetServiceId() {
        return this.internetServiceId;
    }

    public Output<String> netId() {
        return this.netId;
    }

    private InternetServiceLinkArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final InternetServiceLinkArgs $ = new InternetServiceLinkArgs();

        public Builder internetServiceId(Output<String> internetServiceId) {
            $.internetServiceId = internetServiceId;
            return this;
        }

        public Builder internetServiceId(String internetServiceId) {
            return internetServiceId(Output.of(internetServiceId));
        }

        public Builder netId(Output<String> netId) {
            $.netId = netId;
            return this;
        }

        public Builder netId(String netId) {
            return netId(Output.of(netId));
        }

        public InternetServiceLinkArgs build() {
            if ($.internetServiceId == null) {
                throw new MissingRequiredPropertyException("InternetServiceLinkArgs", "internetServiceId");
            }
            if ($.netId == null) {
                throw new MissingRequiredPropertyException("InternetServiceLinkArgs", "netId");
            }
            return $;
        }
    }
}
