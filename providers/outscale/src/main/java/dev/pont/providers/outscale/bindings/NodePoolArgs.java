package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@code kubernetes:oks.dev/v1beta2:NodePool}. */
public final class NodePoolArgs extends ResourceArgs {
    public static final NodePoolArgs Empty = new NodePoolArgs();

    /** Always oks.dev/v1beta2. */
    @Import(name = "apiVersion", required = true)
    private Output<String> apiVersion;

    /** Always NodePool. */
    @Import(name = "kind", required = true)
    private Output<String> kind;

    /** Object metadata. */
    @Import(name = "metadata", required = true)
    private Output<NodePoolMetadataArgs> metadata;

    /** The pool's spec. */
    @Import(name = "spec", required = true)
    private Output<NodePoolSpecArgs> spec;

    public Output<String> apiVersion() {
        return this.apiVersion;
    }

    public Output<String> kind() {
        return this.kind;
    }

    public Output<NodePoolMetadataArgs> metadata() {
        return this.metadata;
    }

    public Output<NodePoolSpecArgs> spec() {
        return this.spec;
    }

    private NodePoolArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final NodePoolArgs $ = new NodePoolArgs();

        public Builder apiVersion(Output<String> apiVersion) {
            $.apiVersion = apiVersion;
            return this;
        }

        public Builder apiVersion(String apiVersion) {
            return apiVersion(Output.of(apiVersion));
        }

        public Builder kind(Output<String> kind) {
            $.kind = kind;
            return this;
        }

        public Builder kind(String kind) {
            return kind(Output.of(kind));
        }

        public Builder metadata(Output<NodePoolMetadataArgs> metadata) {
            $.metadata = metadata;
            return this;
        }

        public Builder metadata(NodePoolMetadataArgs metadata) {
            return metadata(Output.of(metadata));
        }

        public Builder spec(Output<NodePoolSpecArgs> spec) {
            $.spec = spec;
            return this;
        }

        public Builder spec(NodePoolSpecArgs spec) {
            return spec(Output.of(spec));
        }

        public NodePoolArgs build() {
            if ($.apiVersion == null) {
                throw new MissingRequiredPropertyException("NodePoolArgs", "apiVersion");
            }
            if ($.kind == null) {
                throw new MissingRequiredPropertyException("NodePoolArgs", "kind");
            }
            if ($.metadata == null) {
                throw new MissingRequiredPropertyException("NodePoolArgs", "metadata");
            }
            if ($.spec == null) {
                throw new MissingRequiredPropertyException("NodePoolArgs", "spec");
            }
            return $;
        }
    }
}
