package dev.pont.conformance;

import dev.pont.core.conformance.Assessment;
import dev.pont.core.spec.ResourceKind;
import org.junit.jupiter.api.Test;

/** Conformance of key vaults: subclassed once per target, never weakened. */
public abstract class KeysConformance extends ConformanceSuite {

    @Test
    void everyResourceOfTheKindConforms() {
        assertKindConforms(Workloads.HEALTH_DATA, ResourceKind.KEY_VAULT);
    }

    @Test
    void healthDataKeysConforms() {
        assertConforms(resource(Workloads.HEALTH_DATA, "platform-keys"));
    }

    @Test
    void healthDataKeysKeepsItsPromises() {
        Assessment a = resource(Workloads.HEALTH_DATA, "platform-keys");
        for (String property : new String[] {"purgeProtection", "softDeleteDays", "publicEndpoint", "hsmBacked", "rotationDays"}) {
            assertHolds(a, property);
        }
    }
}
