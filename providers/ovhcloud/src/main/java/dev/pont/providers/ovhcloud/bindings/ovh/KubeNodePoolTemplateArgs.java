package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;

/** Nested input {@code KubeNodePoolTemplate}. */
public final class KubeNodePoolTemplateArgs extends ResourceArgs {
    public static final KubeNodePoolTemplateArgs Empty = new KubeNodePoolTemplateArgs();

    @Import(name = "metadata", required = true)
    private Output<KubeNodePoolTemplateMetadataArgs> metadata;

    @Import(name = "spec", required = true)
    private Output<KubeNodePoolTemplateSpecArgs> spec;

    public Output<KubeNodePoolTemplateMetadataArgs> metadata() {
        return this.metadata;
    }

    public Output<KubeNodePoolTemplateSpecArgs> spec() {
        return this.spec;
    }

    private KubeNodePoolTemplateArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final KubeNodePoolTemplateArgs $ = new KubeNodePoolTemplateArgs();

        public Builder metadata(Output<KubeNodePoolTemplateMetadataArgs> metadata) {
            $.metadata = metadata;
            return this;
        }

        public Builder metadata(KubeNodePoolTemplateMetadataArgs metadata) {
            return metadata(Output.of(metadata));
        }

        public Builder spec(Output<KubeNodePoolTemplateSpecArgs> spec) {
            $.spec = spec;
            return this;
        }

        public Builder spec(KubeNodePoolTemplateSpecArgs spec) {
            return spec(Output.of(spec));
        }

        public KubeNodePoolTemplateArgs build() {
            if ($.metadata == null) {
                throw new MissingRequiredPropertyException("KubeNodePoolTemplateArgs", "metadata");
            }
            if ($.spec == null) {
                throw new MissingRequiredPropertyException("KubeNodePoolTemplateArgs", "spec");
            }
            return $;
        }
    }
}
