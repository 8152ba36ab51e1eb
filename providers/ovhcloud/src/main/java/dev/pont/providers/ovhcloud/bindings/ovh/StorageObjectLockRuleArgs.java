package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Nested input {@code StorageObjectLockRule}. */
public final class StorageObjectLockRuleArgs extends ResourceArgs {
    public static final StorageObjectLockRuleArgs Empty = new StorageObjectLockRuleArgs();

    @Import(name = "mode")
    private Output<String> mode;

    @Import(name = "period")
    private Output<String> period;

    public Optional<Output<String>> mode() {
        return Optional.ofNullable(this.mode);
    }

    public Optional<Output<String>> period() {
        return Optional.ofNullable(this.period);
    }

    private StorageObjectLockRuleArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final StorageObjectLockRuleArgs $ = new StorageObjectLockRuleArgs();

        public Builder mode(Output<String> mode) {
            $.mode = mode;
            return this;
        }

        public Builder mode(String mode) {
            return mode(Output.of(mode));
        }

        public Builder period(Output<String> period) {
            $.period = period;
            return this;
        }

        public Builder period(String period) {
            return period(Output.of(period));
        }

        public StorageObjectLockRuleArgs build() {
            return $;
        }
    }
}
