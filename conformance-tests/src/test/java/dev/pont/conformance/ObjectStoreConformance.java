package dev.pont.conformance;

import dev.pont.core.conformance.Assessment;
import dev.pont.core.spec.ResourceKind;
import org.junit.jupiter.api.Test;

/** Conformance of object stores: subclassed once per target, never weakened. */
public abstract class ObjectStoreConformance extends ConformanceSuite {

    @Test
    void everyResourceOfTheKindConforms() {
        assertKindConforms(Workloads.HEALTH_DATA, ResourceKind.OBJECT_STORE);
    }

    @Test
    void healthDataDatasetsConforms() {
        assertConforms(resource(Workloads.HEALTH_DATA, "datasets"));
    }

    @Test
    void healthDataDatasetsKeepsItsPromises() {
        Assessment a = resource(Workloads.HEALTH_DATA, "datasets");
        for (String property : new String[] {"encryptedAtRest", "keyCustody", "versioned", "retentionDays", "retentionLocked", "publicEndpoint", "httpsOnly", "tlsMinimum", "location"}) {
            assertHolds(a, property);
        }
    }

    @Test
    void starterFilesConforms() {
        assertConforms(resource(Workloads.STARTER, "files"));
    }

    @Test
    void starterFilesKeepsItsPromises() {
        Assessment a = resource(Workloads.STARTER, "files");
        for (String property : new String[] {"encryptedAtRest", "versioned", "publicEndpoint"}) {
            assertHolds(a, property);
        }
    }
}
