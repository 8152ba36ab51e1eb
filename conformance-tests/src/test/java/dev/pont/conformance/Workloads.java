package dev.pont.conformance;

import dev.pont.core.platform.PontStack;
import dev.pont.stacks.StackRegistry;

/** The workloads the suites run: the reference stacks. */
final class Workloads {
    static final PontStack HEALTH_DATA = StackRegistry.get("health-data");
    static final PontStack STARTER = StackRegistry.get("starter");
    /** A public key whose private half was discarded: valid, and useless to anyone. */
    static final String SSH_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPontConformanceKeyPlaceholderAAAAAAAAAAAAAAAA placeholder";

    private Workloads() {}
}
