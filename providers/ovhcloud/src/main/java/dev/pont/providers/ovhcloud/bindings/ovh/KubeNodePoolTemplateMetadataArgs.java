package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Map;

/** Nested input {@code KubeNodePoolTemplateMetadata}. */
public final class KubeNodePoolTemplateMetadataArgs extends ResourceArgs {
    public static final KubeNodePoolTemplateMetadataArgs Empty = new KubeNodePoolTemplateMetadataArgs();

    @Import(name = "annotations", required = true)
    private Output<Map<String, String>> annotations;

    @Import(name = "finalizers", required = true)
    private Output<List<String>> finalizers;

    @Import(name = "labels", required = true)
    private Output<Map<String, String>> labels;

    public Output<Map<String, String>> annotations() {
        return this.annotations;
    }

    public Output<List<String>> finalizers() {
        return this.finalizers;
    }

    public Output<Map<String, String>> labels() {
        return this.labels;
    }

    private KubeNodePoolTemplateMetadataArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final KubeNodePoolTemplateMetadataArgs $ = new KubeNodePoolTemplateMetadataArgs();

        public Builder annotations(Output<Map<String, String>> annotations) {
            $.annotations = annotations;
            return this;
        }

        public Builder annotations(Map<String, String> annotations) {
            return annotations(Output.of(annotations));
        }

        public Builder finalizers(Output<List<String>> finalizers) {
            $.finalizers = finalizers;
            return this;
        }

        public Builder finalizers(List<String> finalizers) {
            return finalizers(Output.of(finalizers));
        }

        public Builder finalizers(String... finalizers) {
            return finalizers(List.of(finalizers));
        }

        public Builder labels(Output<Map<String, String>> labels) {
            $.labels = labels;
            return this;
        }

        public Builder labels(Map<String, String> labels) {
            return labels(Output.of(labels));
        }

        public KubeNodePoolTemplateMetadataArgs build() {
            if ($.annotations == null) {
                throw new MissingRequiredPropertyException("KubeNodePoolTemplateMetadataArgs", "annotations");
            }
            if ($.finalizers == null) {
                throw new MissingRequiredPropertyException("KubeNodePoolTemplateMetadataArgs", "finalizers");
            }
            if ($.labels == null) {
                throw new MissingRequiredPropertyException("KubeNodePoolTemplateMetadataArgs", "labels");
            }
            return $;
        }
    }
}
