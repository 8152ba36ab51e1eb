package dev.pont.conformance;

import dev.pont.core.platform.PontStack;
import dev.pont.stacks.StackRegistry;

/** The workloads the suites run: the reference stacks. */
final class Workloads {
    static final PontStack HEALTH_DATA = StackRegistry.get("health-data");
    static final PontStack STARTER = StackRegistry.get("starter");

    private Workloads() {}
}
