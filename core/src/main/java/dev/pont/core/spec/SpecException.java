package dev.pont.core.spec;

import dev.pont.core.PontException;

/** A spec that cannot be built: the message names the field, the bad value and the fix. */
public final class SpecException extends PontException {
    public SpecException(String message) {
        super(USAGE, message);
    }
}
