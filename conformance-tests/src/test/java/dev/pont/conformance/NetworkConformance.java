package dev.pont.conformance;

import dev.pont.core.conformance.Assessment;
import dev.pont.core.spec.ResourceKind;
import org.junit.jupiter.api.Test;

/** Conformance of networks: subclassed once per target, never weakened. */
public abstract class NetworkConformance extends ConformanceSuite {

    @Test
    void everyResourceOfTheKindConforms() {
        assertKindConforms(Workloads.HEALTH_DATA, ResourceKind.NETWORK);
    }

    @Test
    void healthDataCoreConforms() {
        assertConforms(resource(Workloads.HEALTH_DATA, "core"));
    }

    @Test
    void healthDataCoreKeepsItsPromises() {
        Assessment a = resource(Workloads.HEALTH_DATA, "core");
        for (String property : new String[] {"subnets"}) {
            assertHolds(a, property);
        }
    }
}
