package dev.pont.core.facts;

import dev.pont.core.plan.PlannedResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reading plan inputs as a stack export holds them: nested maps and lists of plain JSON values,
 * addressed by dotted paths from a resource or from any nested map (a list item). Shared by every
 * fact extractor.
 */
public final class Inputs {
    private Inputs() {}

    /** The value at a dotted path under {@code root} (a resource or a map); null if any step is absent. */
    public static Object at(Object root, String path) {
        Object value = root instanceof PlannedResource r ? r.inputs() : root;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }

    /** A scalar as text; null if absent or not a scalar. */
    public static String str(Object root, String path) {
        Object v = at(root, path);
        return v == null || v instanceof Map || v instanceof List ? null : String.valueOf(v);
    }

    public static Boolean bool(Object root, String path) {
        Object v = at(root, path);
        return v instanceof Boolean b ? b : v instanceof String s ? Boolean.valueOf(s) : null;
    }

    /** A whole number written as a JSON number or as digits in a string (providers write int64 fields as strings). */
    public static Long number(Object root, String path) {
        Object v = at(root, path);
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof String s && s.matches("-?\\d+")) {
            return Long.valueOf(s);
        }
        return null;
    }

    /** A whole number that fits an int; null if absent, not a number, or out of range. */
    public static Integer integer(Object root, String path) {
        Long v = number(root, path);
        return v == null || v > Integer.MAX_VALUE || v < Integer.MIN_VALUE ? null : v.intValue();
    }

    /** The list at a path; empty if absent or not a list. */
    public static List<?> list(Object root, String path) {
        return at(root, path) instanceof List<?> l ? l : List.of();
    }

    /** The strings at a path holding either one string or a list of strings. */
    public static List<String> strings(Object root, String path) {
        Object v = at(root, path);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            l.stream().filter(x -> x != null && !(x instanceof Map)).map(String::valueOf).forEach(out::add);
        } else if (v != null && !(v instanceof Map)) {
            out.add(String.valueOf(v));
        }
        return out;
    }

    /** The maps of a list at a path (list items that are objects). */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> maps(Object root, String path) {
        return list(root, path).stream().filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).toList();
    }
}
