package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Map;
import java.util.Optional;

/** Inputs of {@code outscale:index/oksProject:OksProject}. */
public final class OksProjectArgs extends ResourceArgs {
    public static final OksProjectArgs Empty = new OksProjectArgs();

    /** The CIDR of the project's Net. */
    @Import(name = "cidr", required = true)
    private Output<String> cidr;

    /** The Region of the project. */
    @Import(name = "region", required = true)
    private Output<String> region;

    /** A unique name, 1 to 40 lower-case letters, digits or dashes. */
    @Import(name = "name")
    private Output<String> name;

    /** A description. */
    @Import(name = "description")
    private Output<String> description;

    /** If true, the project cannot be deleted through the API. */
    @Import(name = "disableApiTermination")
    private Output<Boolean> disableApiTermination;

    /** Tags. */
    @Import(name = "tags")
    private Output<Map<String, String>> tags;

    public Output<String> cidr() {
        return this.cidr;
    }

    public Output<String> region() {
        return this.region;
    }

    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    public Optional<Output<String>> description() {
        return Optional.ofNullable(this.description);
    }

    public Optional<Output<Boolean>> disableApiTermination() {
        return Optional.ofNullable(this.disableApiTermination);
    }

    public Optional<Output<Map<String, String>>> tags() {
        return Optional.ofNullable(this.tags);
    }

    private OksProjectArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final OksProjectArgs $ = new OksProjectArgs();

        public Builder cidr(Output<String> cidr) {
            $.cidr = cidr;
            return this;
        }

        public Builder cidr(String cidr) {
            return cidr(Output.of(cidr));
        }

        public Builder region(Output<String> region) {
            $.region = region;
            return this;
        }

        public Builder region(String region) {
            return region(Output.of(region));
        }

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

        public Builder disableApiTermination(Output<Boolean> disableApiTermination) {
            $.disableApiTermination = disableApiTermination;
            return this;
        }

        public Builder disableApiTermination(Boolean disableApiTermination) {
            return disableApiTermination(Output.of(disableApiTermination));
        }

        public Builder tags(Output<Map<String, String>> tags) {
            $.tags = tags;
            return this;
        }

        public Builder tags(Map<String, String> tags) {
            return tags(Output.of(tags));
        }

        public OksProjectArgs build() {
            if ($.cidr == null) {
                throw new MissingRequiredPropertyException("OksProjectArgs", "cidr");
            }
            if ($.region == null) {
                throw new MissingRequiredPropertyException("OksProjectArgs", "region");
            }
            return $;
        }
    }
}
