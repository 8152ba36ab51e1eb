package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Map;
import java.util.Optional;

/** Metadata of an OKS NodePool object. */
public final class NodePoolMetadataArgs extends ResourceArgs {
    public static final NodePoolMetadataArgs Empty = new NodePoolMetadataArgs();

    /** The node pool name. */
    @Import(name = "name", required = true)
    private Output<String> name;

    /** Kubernetes labels. */
    @Import(name = "labels")
    private Output<Map<String, String>> labels;

    public Output<String> name() {
        return this.name;
    }

    public Optional<Output<Map<String, String>>> labels() {
        return Optional.ofNullable(this.labels);
    }

    private NodePoolMetadataArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final NodePoolMetadataArgs $ = new NodePoolMetadataArgs();

        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder labels(Output<Map<String, String>> labels) {
            $.labels = labels;
            return this;
        }

        public Builder labels(Map<String, String> labels) {
            return labels(Output.of(labels));
        }

        public NodePoolMetadataArgs build() {
            if ($.name == null) {
                throw new MissingRequiredPropertyException("NodePoolMetadataArgs", "name");
            }
            return $;
        }
    }
}
