package dev.pont.providers.ovhcloud.bindings.openstack;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/** Inputs of {@link FloatingIp}. */
public final class FloatingIpArgs extends ResourceArgs {
    public static final FloatingIpArgs Empty = new FloatingIpArgs();

    @Import(name = "pool")
    private Output<String> pool;

    @Import(name = "description")
    private Output<String> description;

    @Import(name = "region")
    private Output<String> region;

    @Import(name = "tags")
    private Output<List<String>> tags;

    public Optional<Output<String>> pool() {
        return Optional.ofNullable(this.pool);
    }

    public Optional<Output<String>> description() {
        return Optional.ofNullable(this.description);
    }

    public Optional<Output<String>> region() {
        return Optional.ofNullable(this.region);
    }

    public Optional<Output<List<String>>> tags() {
        return Optional.ofNullable(this.tags);
    }

    private FloatingIpArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final FloatingIpArgs $ = new FloatingIpArgs();

        public Builder pool(Output<String> pool) {
            $.pool = pool;
            return this;
        }

        public Builder pool(String pool) {
            return pool(Output.of(pool));
        }

        public Builder description(Output<String> description) {
            $.description = description;
            return this;
        }

        public Builder description(String description) {
            return description(Output.of(description));
        }

        public Builder region(Output<String> region) {
            $.region = region;
            return this;
        }

        public Builder region(String region) {
            return region(Output.of(region));
        }

        public Builder tags(Output<List<String>> tags) {
            $.tags = tags;
            return this;
        }

        public Builder tags(List<String> tags) {
            return tags(Output.of(tags));
        }

        public Builder tags(String... tags) {
            return tags(List.of(tags));
        }

        public FloatingIpArgs build() {
            return $;
        }
    }
}
