package dev.pont.core.platform;

import dev.pont.core.spec.Placement;

/** A provider-neutral stack: a name, where it lands, and what it declares. */
public interface PontStack {
    String name();

    String description();

    Placement placement();

    void define(Platform platform);

    /** The stack as data, without realising it. */
    default StackModel model() {
        Platform platform = new Platform(name(), placement(), Realiser.NONE);
        define(platform);
        return platform.model();
    }
}
