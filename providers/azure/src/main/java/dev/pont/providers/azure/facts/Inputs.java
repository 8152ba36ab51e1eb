package dev.pont.providers.azure.facts;

import dev.pont.core.plan.PlannedResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reading plan inputs as a stack export holds them: nested maps and lists of plain JSON values,
 * addressed by dotted paths from a resource or from any nested map (a list item).
 */
final class Inputs {
    private Inputs() {}

    /** The value at a dotted path under {@code root} (a resource or a map); null if any step is absent. */
    static Object at(Object root, String path) {
        return dev.pont.core.facts.Inputs.at(root, path);
    }

    static String str(Object root, String path) {
        return dev.pont.core.facts.Inputs.str(root, path);
    }

    static Boolean bool(Object root, String path) {
        return dev.pont.core.facts.Inputs.bool(root, path);
    }

    static Integer integer(Object root, String path) {
        return dev.pont.core.facts.Inputs.integer(root, path);
    }

    /** The list at a path; empty if absent or not a list. */
    static List<?> list(Object root, String path) {
        return dev.pont.core.facts.Inputs.list(root, path);
    }

    /** The strings at a path holding either one string or a list of strings. */
    static List<String> strings(Object root, String path) {
        return dev.pont.core.facts.Inputs.strings(root, path);
    }

    /** The maps of a list at a path (list items that are objects). */
    static List<Map<String, Object>> maps(Object root, String path) {
        return dev.pont.core.facts.Inputs.maps(root, path);
    }

    /** The ARM region of a resource's {@code location} input, normalised (see {@link Values#region}). */
    static String location(Object root) {
        return Values.region(str(root, "location"));
    }

    /** Case-insensitive equality, as Azure compares enum values, names and ids. */
    static boolean is(String value, String expected) {
        return value != null && value.equalsIgnoreCase(expected);
    }

    static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
