package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@code outscale:index/accessKey:AccessKey}. */
public final class AccessKeyArgs extends ResourceArgs {
    public static final AccessKeyArgs Empty = new AccessKeyArgs();

    /** The EIM user owning the key. */
    @Import(name = "userName")
    private Output<String> userName;

    /** ACTIVE or INACTIVE. */
    @Import(name = "state")
    private Output<String> state;

    /** Expiry, ISO 8601. */
    @Import(name = "expirationDate")
    private Output<String> expirationDate;

    public Optional<Output<String>> userName() {
        return Optional.ofNullable(this.userName);
    }

    public Optional<Output<String>> state() {
        return Optional.ofNullable(this.state);
    }

    public Optional<Output<String>> expirationDate() {
        return Optional.ofNullable(this.expirationDate);
    }

    private AccessKeyArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final AccessKeyArgs $ = new AccessKeyArgs();

        public Builder userName(Output<String> userName) {
            $.userName = userName;
            return this;
        }

        public Builder userName(String userName) {
            return userName(Output.of(userName));
        }

        public Builder state(Output<String> state) {
            $.state = state;
            return this;
        }

        public Builder state(String state) {
            return state(Output.of(state));
        }

        public Builder expirationDate(Output<String> expirationDate) {
            $.expirationDate = expirationDate;
            return this;
        }

        public Builder expirationDate(String expirationDate) {
            return expirationDate(Output.of(expirationDate));
        }

        public AccessKeyArgs build() {
            return $;
        }
    }
}
