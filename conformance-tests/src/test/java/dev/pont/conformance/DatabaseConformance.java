package dev.pont.conformance;

import dev.pont.core.conformance.Assessment;
import dev.pont.core.spec.ResourceKind;
import org.junit.jupiter.api.Test;

/** Conformance of databases: subclassed once per target, never weakened. */
public abstract class DatabaseConformance extends ConformanceSuite {

    @Test
    void everyResourceOfTheKindConforms() {
        assertKindConforms(Workloads.HEALTH_DATA, ResourceKind.DATABASE);
    }

    @Test
    void healthDataCatalogConforms() {
        assertConforms(resource(Workloads.HEALTH_DATA, "catalog"));
    }

    @Test
    void healthDataCatalogKeepsItsPromises() {
        Assessment a = resource(Workloads.HEALTH_DATA, "catalog");
        for (String property : new String[] {"encryptedAtRest", "version", "vcpu", "memoryGiB", "sizeGiB", "highAvailability", "backupRetentionDays", "publicEndpoint", "tlsMinimum", "location"}) {
            assertHolds(a, property);
        }
    }
}
