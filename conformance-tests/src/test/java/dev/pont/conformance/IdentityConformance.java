package dev.pont.conformance;

import dev.pont.core.conformance.Assessment;
import dev.pont.core.spec.ResourceKind;
import org.junit.jupiter.api.Test;

/** Conformance of service identitys: subclassed once per target, never weakened. */
public abstract class IdentityConformance extends ConformanceSuite {

    @Test
    void everyResourceOfTheKindConforms() {
        assertKindConforms(Workloads.HEALTH_DATA, ResourceKind.SERVICE_IDENTITY);
    }

    @Test
    void healthDataRunnerConforms() {
        assertConforms(resource(Workloads.HEALTH_DATA, "analysis-runner"));
    }

    @Test
    void healthDataRunnerKeepsItsPromises() {
        Assessment a = resource(Workloads.HEALTH_DATA, "analysis-runner");
        for (String property : new String[] {"grants"}) {
            assertHolds(a, property);
        }
    }

    @Test
    void healthDataIngestionConforms() {
        assertConforms(resource(Workloads.HEALTH_DATA, "ingestion"));
    }

    @Test
    void healthDataIngestionKeepsItsPromises() {
        Assessment a = resource(Workloads.HEALTH_DATA, "ingestion");
        for (String property : new String[] {"grants"}) {
            assertHolds(a, property);
        }
    }
}
