package dev.pont.conformance;

import dev.pont.core.conformance.Assessment;
import dev.pont.core.spec.ResourceKind;
import org.junit.jupiter.api.Test;

/** Conformance of audit logs: subclassed once per target, never weakened. */
public abstract class AuditLogConformance extends ConformanceSuite {

    @Test
    void everyResourceOfTheKindConforms() {
        assertKindConforms(Workloads.HEALTH_DATA, ResourceKind.AUDIT_LOG);
    }

    @Test
    void healthDataAuditConforms() {
        assertConforms(resource(Workloads.HEALTH_DATA, "audit"));
    }

    @Test
    void healthDataAuditKeepsItsPromises() {
        Assessment a = resource(Workloads.HEALTH_DATA, "audit");
        for (String property : new String[] {"logRetentionDays", "location"}) {
            assertHolds(a, property);
        }
    }
}
