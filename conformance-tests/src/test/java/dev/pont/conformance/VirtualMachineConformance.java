package dev.pont.conformance;

import dev.pont.core.conformance.Assessment;
import dev.pont.core.spec.ResourceKind;
import org.junit.jupiter.api.Test;

/** Conformance of virtual machines: subclassed once per target, never weakened. */
public abstract class VirtualMachineConformance extends ConformanceSuite {

    @Test
    void everyResourceOfTheKindConforms() {
        assertKindConforms(Workloads.HEALTH_DATA, ResourceKind.VIRTUAL_MACHINE);
    }

    @Test
    void healthDataBastionConforms() {
        assertConforms(resource(Workloads.HEALTH_DATA, "admin-bastion"));
    }

    @Test
    void healthDataBastionKeepsItsPromises() {
        Assessment a = resource(Workloads.HEALTH_DATA, "admin-bastion");
        for (String property : new String[] {"vcpu", "memoryGiB", "publicIp", "encryptedAtRest", "location"}) {
            assertHolds(a, property);
        }
    }
}
