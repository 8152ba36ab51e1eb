package dev.pont.providers.outscale;

import dev.pont.core.platform.PontStack;
import dev.pont.core.testing.RawRegistrations;
import java.util.List;

/** The raw custom-resource registrations a stack sends through the Outscale adapter (versions, plugin sources, secrets). */
final class Registrations {
    private Registrations() {}

    static List<RawRegistrations.Registration> of(PontStack stack) {
        return RawRegistrations.of(stack, new OutscaleAdapter(), "outscale", Stacks.CONFIG).custom();
    }
}
