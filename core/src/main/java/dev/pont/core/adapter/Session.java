package dev.pont.core.adapter;

import dev.pont.core.spec.Labels;
import dev.pont.core.spec.Placement;

/** The run an adapter works in: which stack, where, with which config. */
public record Session(String stack, String target, Placement placement, StackConfig config) {

    /** Labels put on every cloud resource so that an estate can be traced back to its stack. */
    public Labels baseLabels() {
        return Labels.of("pont-stack", stack);
    }
}
