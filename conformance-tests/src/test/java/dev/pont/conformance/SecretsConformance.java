package dev.pont.conformance;

import dev.pont.core.conformance.Assessment;
import dev.pont.core.spec.ResourceKind;
import org.junit.jupiter.api.Test;

/** Conformance of secrets: subclassed once per target, never weakened. */
public abstract class SecretsConformance extends ConformanceSuite {

    @Test
    void everyResourceOfTheKindConforms() {
        assertKindConforms(Workloads.HEALTH_DATA, ResourceKind.SECRET);
    }

    @Test
    void healthDataSaltConforms() {
        assertConforms(resource(Workloads.HEALTH_DATA, "pseudonymisation-salt"));
    }

    @Test
    void healthDataSaltKeepsItsPromises() {
        Assessment a = resource(Workloads.HEALTH_DATA, "pseudonymisation-salt");
        for (String property : new String[] {"encryptedAtRest", "secretExpiry"}) {
            assertHolds(a, property);
        }
    }
}
