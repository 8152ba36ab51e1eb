package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Nested input {@code DatabaseIpRestriction}. */
public final class DatabaseIpRestrictionArgs extends ResourceArgs {
    public static final DatabaseIpRestrictionArgs Empty = new DatabaseIpRestrictionArgs();

    @Import(name = "ip")
    private Output<String> ip;

    @Import(name = "description")
    private Output<String> description;

    public Optional<Output<String>> ip() {
        return Optional.ofNullable(this.ip);
    }

    public Optional<Output<String>> description() {
        return Optional.ofNullable(this.description);
    }

    private DatabaseIpRestrictionArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final DatabaseIpRestrictionArgs $ = new DatabaseIpRestrictionArgs();

        public Builder ip(Output<String> ip) {
            $.ip = ip;
            return this;
        }

        public Builder ip(String ip) {
            return ip(Output.of(ip));
        }

        public Builder description(Output<String> description) {
            $.description = description;
            return this;
        }

        public Builder description(String description) {
            return description(Output.of(description));
        }

        public DatabaseIpRestrictionArgs build() {
            return $;
        }
    }
}
