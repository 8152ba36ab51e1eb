package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Map;

/** Nested input {@code KubeNodePoolTemplateSpec}. */
public final class KubeNodePoolTemplateSpecArgs extends ResourceArgs {
    public static final KubeNodePoolTemplateSpecArgs Empty = new KubeNodePoolTemplateSpecArgs();

    @Import(name = "taints", required = true)
    private Output<List<Map<String, String>>> taints;

    @Import(name = "unschedulable", required = true)
    private Output<Boolean> unschedulable;

    public Output<List<Map<String, String>>> taints() {
        return this.taints;
    }

    public Output<Boolean> unschedulable() {
        return this.unschedulable;
    }

    private KubeNodePoolTemplateSpecArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final KubeNodePoolTemplateSpecArgs $ = new KubeNodePoolTemplateSpecArgs();

        public Builder taints(Output<List<Map<String, String>>> taints) {
            $.taints = taints;
            return this;
        }

        public Builder taints(List<Map<String, String>> taints) {
            return taints(Output.of(taints));
        }

        public Builder taints(Map<String, String>... taints) {
            return taints(List.of(taints));
        }

        public Builder unschedulable(Output<Boolean> unschedulable) {
            $.unschedulable = unschedulable;
            return this;
        }

        public Builder unschedulable(Boolean unschedulable) {
            return unschedulable(Output.of(unschedulable));
        }

        public KubeNodePoolTemplateSpecArgs build() {
            if ($.taints == null) {
                throw new MissingRequiredPropertyException("KubeNodePoolTemplateSpecArgs", "taints");
            }
            if ($.unschedulable == null) {
                throw new MissingRequiredPropertyException("KubeNodePoolTemplateSpecArgs", "unschedulable");
            }
            return $;
        }
    }
}
