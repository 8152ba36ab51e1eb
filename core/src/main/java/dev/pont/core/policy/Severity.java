package dev.pont.core.policy;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.pont.core.PontException;
import java.util.Locale;

/** How much a finding matters: only errors fail a check (exit 1). Ordered from most to least severe. */
public enum Severity {
    ERROR, WARNING, NOTE;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity of(String text) {
        for (Severity s : values()) {
            if (s.wire().equals(text)) {
                return s;
            }
        }
        throw new PontException("unknown severity '" + text + "': use error, warning or note");
    }

    /** The less severe of two. */
    public Severity atMost(Severity cap) {
        return ordinal() < cap.ordinal() ? cap : this;
    }
}
