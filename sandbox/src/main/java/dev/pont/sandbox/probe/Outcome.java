package dev.pont.sandbox.probe;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a probe concluded. A feature a local stand-in lacks is {@link #NOT_VERIFIABLE}, never a pass. */
public enum Outcome {
    PASSED, FAILED, NOT_VERIFIABLE;

    @JsonValue
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
