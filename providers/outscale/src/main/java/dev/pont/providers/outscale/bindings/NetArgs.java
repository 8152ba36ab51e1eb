package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/** Inputs of {@code outscale:index/net:Net}. */
public final class NetArgs extends ResourceArgs {
    public static final NetArgs Empty = new NetArgs();

    /** The IP range of the Net, in CIDR notation. */
    @Import(name = "ipRange", required = true)
    private Output<String> ipRange;

    /** VM tenancy: default or dedicated. */
    @Import(name = "tenancy")
    private Output<String> tenancy;

    /** Tags (key/value pairs) on the resource. */
    @Import(name = "tags")
    private Output<List<TagArgs>> tags;

    public Output<String> ipRange() {
        return this.ipRange;
    }

    public Optional<Output<String>> tenancy() {
        return Optional.ofNullable(this.tenancy);
    }

    public Optional<Output<List<TagArgs>>> tags() {
        return Optional.ofNullable(this.tags);
    }

    private NetArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final NetArgs $ = new NetArgs();

        public Builder ipRange(Output<String> ipRange) {
            $.ipRange = ipRange;
            return this;
        }

        public Builder ipRange(String ipRange) {
            return ipRange(Output.of(ipRange));
        }

        public Builder tenancy(Output<String> tenancy) {
            $.tenancy = tenancy;
            return this;
        }

        public Builder tenancy(String tenancy) {
            return tenancy(Output.of(tenancy));
        }

        public Builder tags(Output<List<TagArgs>> tags) {
            $.tags = tags;
            return this;
        }

        public Builder tags(List<TagArgs> tags) {
            return tags(Output.of(tags));
        }

        public Builder tags(TagArgs... tags) {
            return tags(List.of(tags));
        }

        public NetArgs build() {
            if ($.ipRange == null) {
                throw new MissingRequiredPropertyException("NetArgs", "ipRange");
            }
            return $;
        }
    }
}
