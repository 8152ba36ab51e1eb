package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Nested input {@code DatabaseNode}. */
public final class DatabaseNodeArgs extends ResourceArgs {
    public static final DatabaseNodeArgs Empty = new DatabaseNodeArgs();

    @Import(name = "region", required = true)
    private Output<String> region;

    @Import(name = "networkId")
    private Output<String> networkId;

    @Import(name = "subnetId")
    private Output<String> subnetId;

    public Output<String> region() {
        return this.region;
    }

    public Optional<Output<String>> networkId() {
        return Optional.ofNullable(this.networkId);
    }

    public Optional<Output<String>> subnetId() {
        return Optional.ofNullable(this.subnetId);
    }

    private DatabaseNodeArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final DatabaseNodeArgs $ = new DatabaseNodeArgs();

        public Builder region(Output<String> region) {
            $.region = region;
            return this;
        }

        public Builder region(String region) {
            return region(Output.of(region));
        }

        public Builder networkId(Output<String> networkId) {
            $.networkId = networkId;
            return this;
        }

        public Builder networkId(String networkId) {
            return networkId(Output.of(networkId));
        }

        public Builder subnetId(Output<String> subnetId) {
            $.subnetId = subnetId;
            return this;
        }

        public Builder subnetId(String subnetId) {
            return subnetId(Output.of(subnetId));
        }

        public DatabaseNodeArgs build() {
            if ($.region == null) {
                throw new MissingRequiredPropertyException("DatabaseNodeArgs", "region");
            }
            return $;
        }
    }
}
