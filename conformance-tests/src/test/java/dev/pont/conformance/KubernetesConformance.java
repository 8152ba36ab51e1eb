package dev.pont.conformance;

import dev.pont.core.conformance.Assessment;
import dev.pont.core.spec.ResourceKind;
import org.junit.jupiter.api.Test;

/** Conformance of kubernetes clusters: subclassed once per target, never weakened. */
public abstract class KubernetesConformance extends ConformanceSuite {

    @Test
    void everyResourceOfTheKindConforms() {
        assertKindConforms(Workloads.HEALTH_DATA, ResourceKind.KUBERNETES_CLUSTER);
    }

    @Test
    void healthDataAnalysisConforms() {
        assertConforms(resource(Workloads.HEALTH_DATA, "analysis"));
    }

    @Test
    void healthDataAnalysisKeepsItsPromises() {
        Assessment a = resource(Workloads.HEALTH_DATA, "analysis");
        for (String property : new String[] {"version", "privateApi", "nodePools", "location"}) {
            assertHolds(a, property);
        }
    }
}
