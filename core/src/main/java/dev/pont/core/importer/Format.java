package dev.pont.core.importer;

import dev.pont.core.PontException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The plan formats Pont imports: its own plan JSON and {@code pulumi stack export} (deployment version 3). */
public enum Format {
    PONT("pont"),
    STACK_EXPORT("stack-export");

    private final String wire;

    Format(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** The format named on the command line ({@code --from pont|stack-export}). */
    public static Format of(String text) {
        for (Format f : values()) {
            if (f.wire.equals(text.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new PontException("unknown plan format " + PlanImporter.shorten(text) + ": use one of "
                + Arrays.stream(values()).map(Format::wire).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return wire;
    }
}
