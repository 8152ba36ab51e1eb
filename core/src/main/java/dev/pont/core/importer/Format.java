package dev.pont.core.importer;

import dev.pont.core.PontException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The plan formats Pont imports: its own plan JSON, {@code pulumi stack export} (deployment version 3),
 * {@code pulumi preview --json}, and Azure Resource Manager templates (also {@code az group export}).
 * The ARM importer lives in providers/azure; {@code dev.pont.stacks.Estates} knows every format.
 */
public enum Format {
    PONT("pont"),
    STACK_EXPORT("stack-export"),
    PREVIEW_JSON("preview-json"),
    ARM("arm");

    private final String wire;

    Format(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** Every format's name, as {@code --from} takes them: {@code pont, stack-export, preview-json, arm}. */
    public static String names() {
        return Arrays.stream(values()).map(Format::wire).collect(Collectors.joining(", "));
    }

    /** The format named on the command line ({@code --from pont|stack-export|preview-json|arm}). */
    public static Format of(String text) {
        for (Format f : values()) {
            if (f.wire.equals(text.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new PontException("unknown plan format " + PlanImporter.shorten(text) + ": use one of " + names());
    }

    @Override
    public String toString() {
        return wire;
    }
}
