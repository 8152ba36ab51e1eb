package dev.pont.providers.s3ns;

import dev.pont.core.platform.PontStack;
import dev.pont.core.testing.RawRegistrations;

/**
 * The raw registration requests a stack sends through the S3NS adapter, for what a Plan does not
 * keep: the plugin version every registration asks the engine for, and the provider reference.
 */
final class Registrations {
    private Registrations() {}

    static RawRegistrations.Run of(PontStack stack) {
        return RawRegistrations.of(stack, new S3nsAdapter(), "s3ns", Stacks.CONFIG);
    }
}
