package dev.pont.core.conformance;

import dev.pont.core.facts.Property;
import java.util.function.Predicate;

/** One expectation derived from a spec: a property, the intent in words, and the test of a fact value. */
record Check(Property property, String intent, Predicate<Object> satisfied) {

    static Check equal(Property p, Object expected) {
        return new Check(p, String.valueOf(expected), v -> v != null && String.valueOf(v).equals(String.valueOf(expected)));
    }

    static Check atLeast(Property p, Number min) {
        return new Check(p, ">= " + min, v -> v instanceof Number n && n.doubleValue() >= min.doubleValue());
    }

    static Check atMost(Property p, Number max) {
        return new Check(p, "<= " + max, v -> v instanceof Number n && n.doubleValue() <= max.doubleValue());
    }

    static Check isTrue(Property p) {
        return new Check(p, "true", v -> Boolean.TRUE.equals(v));
    }

    static Check isFalse(Property p) {
        return new Check(p, "false", v -> Boolean.FALSE.equals(v));
    }

    /** The fact (a list) contains every expected item. */
    static Check containsAll(Property p, java.util.Collection<String> expected) {
        return new Check(p, "includes " + new java.util.TreeSet<>(expected), v -> v instanceof java.util.Collection<?> c
                && c.stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet()).containsAll(expected));
    }

    /** The fact (a list) holds exactly the expected items: nothing asked is missing, nothing more is granted. */
    static Check exactly(Property p, java.util.Collection<String> expected) {
        java.util.Set<String> want = new java.util.TreeSet<>(expected);
        return new Check(p, "exactly " + want, v -> v instanceof java.util.Collection<?> c
                && new java.util.TreeSet<>(c.stream().map(String::valueOf).toList()).equals(want));
    }

    static Check oneOf(Property p, java.util.Set<String> allowed) {
        return new Check(p, "one of " + new java.util.TreeSet<>(allowed), v -> v != null && allowed.contains(String.valueOf(v)));
    }
}
