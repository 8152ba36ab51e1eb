package dev.pont.core.conformance;

import dev.pont.core.plan.Grade;
import java.util.List;
import java.util.Map;

/**
 * One neutral resource on one target: the grade the facts support, the grade and reasons the
 * adapter declared, the per-property differences and the combined facts they were judged on.
 */
public record Assessment(String type, String name, String target, Grade grade, Grade declaredGrade,
                         List<String> declaredReasons, List<Difference> differences, Map<String, Object> facts) {

    /** The grade to report: the worse of what the facts show and what the adapter declared. */
    public Grade reported() {
        return grade.worst(declaredGrade);
    }

    /** Differences the adapter did not declare: each one fails conformance. */
    public List<Difference> undeclared() {
        return differences.stream().filter(d -> !d.declared()).toList();
    }

    /** The facts show the role is not realised at all, but the adapter did not say unsupported. */
    public boolean undeclaredUnsupported() {
        return grade == Grade.UNSUPPORTED && declaredGrade != Grade.UNSUPPORTED && declaredGrade != Grade.DEGRADED;
    }
}
