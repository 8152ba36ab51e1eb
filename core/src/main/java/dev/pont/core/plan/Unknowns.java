package dev.pont.core.plan;

import java.util.List;
import java.util.Map;

/**
 * How a value nobody knows before deployment looks in a Plan: Pulumi's own unknown marker, the string
 * {@code pulumi preview --json} shows for an output not yet computed. Importers put it where an ARM
 * expression ({@code [parameters('…')]}) or a preview unknown stands; facts read it as unknown, never
 * as absent or false (see {@link dev.pont.core.facts.Facts}).
 */
public final class Unknowns {
    /** Pulumi's unknown value ({@code UnknownStringValue}). */
    public static final String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    private Unknowns() {}

    public static boolean isUnknown(Object value) {
        return UNKNOWN.equals(value);
    }

    /** Whether a value holds an unknown anywhere inside it. */
    public static boolean contains(Object value) {
        if (isUnknown(value)) {
            return true;
        }
        if (value instanceof Map<?, ?> m) {
            for (Object v : m.values()) {
                if (contains(v)) {
                    return true;
                }
            }
        } else if (value instanceof List<?> l) {
            for (Object v : l) {
                if (contains(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A copy of a value with every unknown replaced by {@code replacement} (null: the key or item is left out). */
    public static Object replace(Object value, Object replacement) {
        if (isUnknown(value)) {
            return replacement;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> {
                Object r = replace(v, replacement);
                if (r != null || !isUnknown(v)) {
                    out.put(String.valueOf(k), r);
                }
            });
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new java.util.ArrayList<>();
            for (Object v : l) {
                Object r = replace(v, replacement);
                if (r != null || !isUnknown(v)) {
                    out.add(r);
                }
            }
            return out;
        }
        return value;
    }
}
