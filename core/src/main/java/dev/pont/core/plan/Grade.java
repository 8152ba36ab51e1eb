package dev.pont.core.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How faithfully a target realises a neutral resource. Ordered from best to worst. */
public enum Grade {
    EQUIVALENT, DEGRADED, UNSUPPORTED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Grade of(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }

    public Grade worst(Grade other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    @Override
    public String toString() {
        return wire();
    }
}
