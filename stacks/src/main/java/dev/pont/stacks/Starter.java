package dev.pont.stacks;

import dev.pont.core.platform.Platform;
import dev.pont.core.platform.PontStack;
import dev.pont.core.spec.Jurisdiction;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.Placement;

/** The smallest useful stack: one private, encrypted, versioned object store. */
public final class Starter implements PontStack {
    @Override
    public String name() {
        return "starter";
    }

    @Override
    public String description() {
        return "one private, encrypted, versioned object store";
    }

    @Override
    public Placement placement() {
        return Placement.in(Jurisdiction.FR);
    }

    @Override
    public void define(Platform p) {
        p.objectStore("files", ObjectStoreSpec.privateStore());
    }
}
