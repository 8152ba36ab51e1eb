package dev.pont.core.policy;

import dev.pont.core.facts.Property;
import dev.pont.core.plan.Unknowns;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a rule looks at: one neutral resource of a plan (a {@code pont:} component with the combined
 * facts of the cloud resources under it) or, in an estate without components, one cloud resource.
 * {@code role} is the neutral role ({@code object-store}, {@code database}…), {@code types} the
 * cloud type tokens it is made of. A fact whose value is unknown (an ARM expression, a value a preview
 * has not computed) is not stated here: a rule cannot pass or fail on it, only say nothing states it.
 */
public record Subject(String resource, String role, List<String> types, Map<String, Object> facts) {
    public Subject {
        types = List.copyOf(new TreeSet<>(types));
        Map<String, Object> known = new java.util.HashMap<>();
        facts.forEach((k, v) -> {
            if (v != null && !Unknowns.contains(v)) {
                known.put(k, v);
            }
        });
        facts = Map.copyOf(known);
    }

    public Object get(Property p) {
        return facts.get(p.key());
    }

    public boolean stated(Property p) {
        return facts.containsKey(p.key());
    }

    public boolean isTrue(Property p) {
        return Boolean.TRUE.equals(get(p));
    }

    public boolean isFalse(Property p) {
        return Boolean.FALSE.equals(get(p));
    }

    /** A property's value as strings (a list stays a list, a single value becomes one element). */
    public List<String> strings(Property p) {
        Object v = get(p);
        if (v == null) {
            return List.of();
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(v));
    }

    /** A numeric property, or null when not stated or not a number. */
    public Double number(Property p) {
        Object v = get(p);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return v == null ? null : Double.valueOf(String.valueOf(v));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The value of a {@code key=value} label, if the labels fact states it. */
    public java.util.Optional<String> label(String key) {
        return strings(Property.LABELS).stream().filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1)).findFirst();
    }
}
