package dev.pont.core.spec;

import java.util.List;
import java.util.regex.Pattern;

/** Small validation helpers shared by the spec records. */
public final class Checks {
    /** Names become part of cloud resource names: lower-case, digits and dashes, 2–40 chars. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,38}[a-z0-9]");

    private Checks() {}

    public static String name(String what, String value) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new SpecException(what + " '" + value + "' is not a valid name: use 2-40 lower-case letters,"
                    + " digits and dashes, starting with a letter (e.g. 'datasets')");
        }
        return value;
    }

    public static int range(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new SpecException(what + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    public static <T> T notNull(String what, T value) {
        if (value == null) {
            throw new SpecException(what + " is required");
        }
        return value;
    }

    public static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }
}
