package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/** Inputs of {@code outscale:index/publicIp:PublicIp}. */
public final class PublicIpArgs extends ResourceArgs {
    public static final PublicIpArgs Empty = new PublicIpArgs();

    /** Tags (key/value pairs) on the resource. */
    @Import(name = "tags")
    private Output<List<TagArgs>> tags;

    public Optional<Output<List<TagArgs>>> tags() {
        return Optional.ofNullable(this.tags);
    }

    private PublicIpArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final PublicIpArgs $ = new PublicIpArgs();

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

        public PublicIpArgs build() {
            return $;
        }
    }
}
