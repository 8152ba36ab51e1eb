package dev.pont.core.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where data must stay: a country (FR) or the European Union (EU). */
public enum Jurisdiction {
    FR, EU;

    @JsonValue
    public String wire() {
        return name();
    }

    @JsonCreator
    public static Jurisdiction of(String text) {
        for (Jurisdiction j : values()) {
            if (j.name().equalsIgnoreCase(text)) {
                return j;
            }
        }
        throw new SpecException("unknown jurisdiction '" + text + "': use FR or EU");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
