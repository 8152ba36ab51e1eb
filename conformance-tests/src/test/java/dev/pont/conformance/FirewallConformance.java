package dev.pont.conformance;

import dev.pont.core.conformance.Assessment;
import dev.pont.core.spec.ResourceKind;
import org.junit.jupiter.api.Test;

/** Conformance of firewalls: subclassed once per target, never weakened. */
public abstract class FirewallConformance extends ConformanceSuite {

    @Test
    void everyResourceOfTheKindConforms() {
        assertKindConforms(Workloads.HEALTH_DATA, ResourceKind.FIREWALL);
    }

    @Test
    void healthDataFirewallConforms() {
        assertConforms(resource(Workloads.HEALTH_DATA, "core-firewall"));
    }

    @Test
    void healthDataFirewallKeepsItsPromises() {
        Assessment a = resource(Workloads.HEALTH_DATA, "core-firewall");
        for (String property : new String[] {"denyByDefault", "allowRules"}) {
            assertHolds(a, property);
        }
    }
}
