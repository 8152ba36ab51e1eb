package dev.pont.providers.ovhcloud.bindings.openstack;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/** Inputs of {@link SecGroup}. */
public final class SecGroupArgs extends ResourceArgs {
    public static final SecGroupArgs Empty = new SecGroupArgs();

    @Import(name = "name")
    private Output<String> name;

    @Import(name = "description")
    private Output<String> description;

    @Import(name = "region")
    private Output<String> region;

    @Import(name = "deleteDefaultRules")
    private Output<Boolean> deleteDefaultRules;

    @Import(name = "stateful")
    private Output<Boolean> stateful;

    @Import(name = "tags")
    private Output<List<String>> tags;

    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    public Optional<Output<String>> description() {
        return Optional.ofNullable(this.description);
    }

    public Optional<Output<String>> region() {
        return Optional.ofNullable(this.region);
    }

    public Optional<Output<Boolean>> deleteDefaultRules() {
        return Optional.ofNullable(this.deleteDefaultRules);
    }

    public Optional<Output<Boolean>> stateful() {
        return Optional.ofNullable(this.stateful);
    }

    public Optional<Output<List<String>>> tags() {
        return Optional.ofNullable(this.tags);
    }

    private SecGroupArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final SecGroupArgs $ = new SecGroupArgs();

        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
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

        public Builder deleteDefaultRules(Output<Boolean> deleteDefaultRules) {
            $.deleteDefaultRules = deleteDefaultRules;
            return this;
        }

        public Builder deleteDefaultRules(Boolean deleteDefaultRules) {
            return deleteDefaultRules(Output.of(deleteDefaultRules));
        }

        public Builder stateful(Output<Boolean> stateful) {
            $.stateful = stateful;
            return this;
        }

        public Builder stateful(Boolean stateful) {
            return stateful(Output.of(stateful));
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

        public SecGroupArgs build() {
            return $;
        }
    }
}
