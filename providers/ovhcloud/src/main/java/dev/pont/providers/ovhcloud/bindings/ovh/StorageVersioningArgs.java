package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Nested input {@code StorageVersioning}. */
public final class StorageVersioningArgs extends ResourceArgs {
    public static final StorageVersioningArgs Empty = new StorageVersioningArgs();

    @Import(name = "status")
    private Output<String> status;

    public Optional<Output<String>> status() {
        return Optional.ofNullable(this.status);
    }

    private StorageVersioningArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final StorageVersioningArgs $ = new StorageVersioningArgs();

        public Builder status(Output<String> status) {
            $.status = status;
            return this;
        }

        public Builder status(String status) {
            return status(Output.of(status));
        }

        public StorageVersioningArgs build() {
            return $;
        }
    }
}
