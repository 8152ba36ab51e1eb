package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/**
 * Inputs of the outscale provider ({@code provider.inputProperties} of the schema). Credentials
 * are deliberately not settable here: the plugin reads {@code OUTSCALE_ACCESSKEYID} and
 * {@code OUTSCALE_SECRETKEYID} from the environment, so they never reach stack state.
 */
public final class OutscaleProviderArgs extends ResourceArgs {
    public static final OutscaleProviderArgs Empty = new OutscaleProviderArgs();

    /** The Region for API operations (else {@code OUTSCALE_REGION}). */
    @Import(name = "region")
    private Output<String> region;

    /** Allow insecure TLS; never set by Pont, kept for schema parity. */
    @Import(name = "insecure", json = true)
    private Output<Boolean> insecure;

    public Optional<Output<String>> region() {
        return Optional.ofNullable(this.region);
    }

    public Optional<Output<Boolean>> insecure() {
        return Optional.ofNullable(this.insecure);
    }

    private OutscaleProviderArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final OutscaleProviderArgs $ = new OutscaleProviderArgs();

        public Builder region(Output<String> region) {
            $.region = region;
            return this;
        }

        public Builder region(String region) {
            return region(Output.of(region));
        }

        public Builder insecure(Output<Boolean> insecure) {
            $.insecure = insecure;
            return this;
        }

        public Builder insecure(Boolean insecure) {
            return insecure(Output.of(insecure));
        }

        public OutscaleProviderArgs build() {
            return $;
        }
    }
}
