package dev.pont.core.adapter;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.ResourceArgs;
import dev.pont.core.json.Json;
import dev.pont.core.plan.Grade;
import dev.pont.core.spec.Placement;
import dev.pont.core.spec.Spec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code pont:<module>:<Type>} component of one neutral resource. Its inputs are the
 * neutral intent (the spec as JSON and the target), so the intent is in every Plan and, under
 * the Pulumi CLI, in the stack's state; its outputs carry the grade and the deviation reasons.
 */
public final class PontComponent extends ComponentResource {

    /** Component inputs: {@code spec} (the neutral spec as JSON values), {@code placement} and {@code target}. */
    public static final class Args extends ResourceArgs {
        @Import(name = "spec", required = true)
        private final Map<String, Object> spec;

        @Import(name = "placement", required = true)
        private final Map<String, Object> placement;

        @Import(name = "target", required = true)
        private final String target;

        Args(Map<String, Object> spec, Map<String, Object> placement, String target) {
            this.spec = spec;
            this.placement = placement;
            this.target = target;
        }
    }

    @SuppressWarnings("unchecked")
    PontComponent(String name, Spec spec, Placement placement, String target) {
        super(spec.kind().token(), name, new Args(toJson(spec), Json.mapper().convertValue(placement, LinkedHashMap.class), target),
                ComponentResourceOptions.Empty);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> toJson(Spec spec) {
        return dev.pont.core.spec.Specs.toJson(spec);
    }

    void complete(Realised realised, Grade grade, List<String> reasons) {
        Map<String, Output<?>> outputs = new LinkedHashMap<>();
        if (realised.id() != null) {
            outputs.put("id", realised.id());
        }
        if (realised.endpoint() != null) {
            outputs.put("endpoint", realised.endpoint());
        }
        outputs.put("grade", Output.of(grade.wire()));
        outputs.put("deviations", Output.of(reasons));
        registerOutputs(outputs);
    }
}
