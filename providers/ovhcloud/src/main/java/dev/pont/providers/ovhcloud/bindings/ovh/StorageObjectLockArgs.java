package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Nested input {@code StorageObjectLock}. */
public final class StorageObjectLockArgs extends ResourceArgs {
    public static final StorageObjectLockArgs Empty = new StorageObjectLockArgs();

    @Import(name = "status")
    private Output<String> status;

    @Import(name = "rule")
    private Output<StorageObjectLockRuleArgs> rule;

    public Optional<Output<String>> status() {
        return Optional.ofNullable(this.status);
    }

    public Optional<Output<StorageObjectLockRuleArgs>> rule() {
        return Optional.ofNullable(this.rule);
    }

    private StorageObjectLockArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final StorageObjectLockArgs $ = new StorageObjectLockArgs();

        public Builder status(Output<String> status) {
            $.status = status;
            return this;
        }

        public Builder status(String status) {
            return status(Output.of(status));
        }

        public Builder rule(Output<StorageObjectLockRuleArgs> rule) {
            $.rule = rule;
            return this;
        }

        public Builder rule(StorageObjectLockRuleArgs rule) {
            return rule(Output.of(rule));
        }

        public StorageObjectLockArgs build() {
            return $;
        }
    }
}
