package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/** Inputs of {@code outscale:index/routeTable:RouteTable}. */
public final class RouteTableArgs extends ResourceArgs {
    public static final RouteTableArgs Empty = new RouteTableArgs();

    /** The Net of the route table. */
    @Import(name = "netId", required = true)
    private Output<String> netId;

    /** Tags (key/value pairs) on the resource. */
    @Import(name = "tags")
    private Output<List<TagArgs>> tags;

    public Output<String> netId() {
        return this.netId;
    }

    public Optional<Output<List<TagArgs>>> tags() {
        return Optional.ofNullable(this.tags);
    }

    private RouteTableArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final RouteTableArgs $ = new RouteTableArgs();

        public Builder netId(Output<String> netId) {
            $.netId = netId;
            return this;
        }

        public Builder netId(String netId) {
            return netId(Output.of(netId));
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

        public RouteTableArgs build() {
            if ($.netId == null) {
                throw new MissingRequiredPropertyException("RouteTableArgs", "netId");
            }
            return $;
        }
    }
}
