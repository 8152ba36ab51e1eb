package dev.pont.core.importer;

import dev.pont.core.conformance.Equivalence;
import dev.pont.core.facts.Fact;
import dev.pont.core.facts.FactExtractor;
import dev.pont.core.facts.Facts;
import dev.pont.core.facts.Property;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.plan.Secrets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What differs between two plans, in neutral terms. Resources are matched through their neutral
 * component (type and name of the nearest {@code pont:} component); cloud resources outside any
 * component are matched by the neutral role of their fact and their name (unmapped ones by type and
 * name), then, per role, a lone resource on each side is matched to the other. A matched component
 * is compared on its combined facts ({@link dev.pont.core.facts.Property} keys); with {@code raw},
 * also on the provider inputs of its cloud resources matched by type and name. Ordering is
 * deterministic: by type, then name, then property.
 */
public record PlanDiff(List<Match> matched, List<Unmatched> onlyInA, List<Unmatched> onlyInB, List<String> warnings) {

    /** A neutral resource present in both plans, with its property differences and, with raw, its input differences. */
    public record Match(String component, String type, List<PropertyDifference> differences, List<RawDifference> raw) {
        public boolean differs() {
            return !differences.isEmpty() || !raw.isEmpty();
        }
    }

    /** One neutral property that differs; null means the plan does not state it. Long text is shortened (see {@link #brief}). */
    public record PropertyDifference(String property, Object a, Object b) {
        public PropertyDifference {
            a = brief(a);
            b = brief(b);
        }
    }

    /**
     * One provider input that differs between two cloud resources of the same type and name; {@code input}
     * is a path such as {@code sku.name}, or empty when the resource exists on one side only (then
     * {@code a} or {@code b} is null).
     */
    public record RawDifference(String type, String name, String input, Object a, Object b) {
        public RawDifference {
            a = brief(a);
            b = brief(b);
        }
    }

    /** Input text is never echoed whole into a report: strings over 80 characters are cut (see {@link PlanImporter#shorten}). */
    static Object brief(Object value) {
        if (value instanceof String s) {
            return PlanImporter.shorten(s);
        }
        if (value instanceof List<?> l) {
            return l.stream().map(PlanDiff::brief).toList();
        }
        return value;
    }

    /** A resource on one side only: a neutral component, or a cloud resource outside any component. */
    public record Unmatched(String type, String name) {
    }

    public static final String PRESENT = "present";

    public PlanDiff {
        matched = List.copyOf(matched);
        onlyInA = List.copyOf(onlyInA);
        onlyInB = List.copyOf(onlyInB);
        warnings = List.copyOf(warnings);
    }

    public boolean hasDifferences() {
        return !onlyInA.isEmpty() || !onlyInB.isEmpty() || matched.stream().anyMatch(Match::differs);
    }

    public static PlanDiff of(Plan a, Plan b, List<FactExtractor> extractors) {
        return of(a, b, extractors, false);
    }

    public static PlanDiff of(Plan a, Plan b, List<FactExtractor> extractors, boolean raw) {
        List<String> warnings = new ArrayList<>();
        a.warnings().forEach(w -> warnings.add("A: " + w));
        b.warnings().forEach(w -> warnings.add("B: " + w));
        List<Match> matched = new ArrayList<>();
        List<Unmatched> onlyInA = new ArrayList<>();
        List<Unmatched> onlyInB = new ArrayList<>();

        // Neutral components, by type and name.
        Map<String, Map<String, Object>> factsA = Equivalence.componentFacts(a, extractors);
        Map<String, Map<String, Object>> factsB = Equivalence.componentFacts(b, extractors);
        Map<String, PlannedResource> componentsA = byTypeAndName(a.components(), "A", warnings);
        Map<String, PlannedResource> componentsB = byTypeAndName(b.components(), "B", warnings);
        for (Map.Entry<String, PlannedResource> e : componentsA.entrySet()) {
            PlannedResource ca = e.getValue();
            PlannedResource cb = componentsB.get(e.getKey());
            if (cb == null) {
                onlyInA.add(new Unmatched(ca.type(), ca.name()));
                continue;
            }
            List<RawDifference> rawDifferences = raw
                    ? rawDifferences(cloudUnder(a, ca), cloudUnder(b, cb)) : List.of();
            matched.add(new Match(ca.name(), ca.type(), compare(factsA.get(ca.urn()), factsB.get(cb.urn())), rawDifferences));
        }
        componentsB.forEach((key, cb) -> {
            if (!componentsA.containsKey(key)) {
                onlyInB.add(new Unmatched(cb.type(), cb.name()));
            }
        });

        // Cloud resources outside any component, by role and name, then lone ones per role.
        Map<String, Fact> looseA = loose(a, extractors);
        Map<String, Fact> looseB = loose(b, extractors);
        Map<String, PlannedResource> indexA = a.index();
        Map<String, PlannedResource> indexB = b.index();
        for (String key : new ArrayList<>(looseA.keySet())) {
            Fact fb = looseB.get(key);
            if (fb != null) {
                Fact fa = looseA.remove(key);
                looseB.remove(key);
                matched.add(looseMatch(fa, fb, indexA, indexB, raw));
            }
        }
        Map<String, List<String>> leftA = byRole(looseA);
        Map<String, List<String>> leftB = byRole(looseB);
        leftA.forEach((role, keys) -> {
            List<String> other = leftB.get(role);
            if (keys.size() == 1 && other != null && other.size() == 1) {
                Fact fa = looseA.remove(keys.get(0));
                Fact fb = looseB.remove(other.get(0));
                matched.add(looseMatch(fa, fb, indexA, indexB, raw));
            }
        });
        looseA.values().forEach(f -> onlyInA.add(new Unmatched(f.type(), f.name())));
        looseB.values().forEach(f -> onlyInB.add(new Unmatched(f.type(), f.name())));

        Comparator<Unmatched> unmatchedOrder = Comparator.comparing(Unmatched::type).thenComparing(Unmatched::name);
        matched.sort(Comparator.comparing(Match::type).thenComparing(Match::component));
        onlyInA.sort(unmatchedOrder);
        onlyInB.sort(unmatchedOrder);
        return new PlanDiff(matched, onlyInA, onlyInB, warnings);
    }

    private static Map<String, PlannedResource> byTypeAndName(List<PlannedResource> resources, String side, List<String> warnings) {
        Map<String, PlannedResource> out = new TreeMap<>();
        for (PlannedResource r : resources) {
            if (out.putIfAbsent(r.type() + "\u0000" + r.name(), r) != null) {
                warnings.add(side + ": two " + r.type() + " named " + r.name() + ": only the first (by URN) is compared");
            }
        }
        return out;
    }

    private static List<PlannedResource> cloudUnder(Plan plan, PlannedResource component) {
        return plan.descendants(component.urn()).stream().filter(r -> r.custom() && !r.providerInstance()).toList();
    }

    /** Facts of cloud resources outside any component, keyed by role and name (unmapped: by type and name). */
    private static Map<String, Fact> loose(Plan plan, List<FactExtractor> extractors) {
        Map<String, PlannedResource> index = plan.index();
        Map<String, Fact> facts = Facts.of(plan, extractors).byUrn();
        Map<String, Fact> out = new TreeMap<>();
        for (PlannedResource r : plan.cloudResources()) {
            if (plan.component(r, index).isEmpty()) {
                Fact f = facts.get(r.urn());
                out.putIfAbsent((f.mapped() ? "role:" + f.role() : "type:" + f.type()) + "\u0000" + f.name(), f);
            }
        }
        return out;
    }

    private static Map<String, List<String>> byRole(Map<String, Fact> loose) {
        Map<String, List<String>> out = new TreeMap<>();
        loose.forEach((key, f) -> {
            if (f.mapped()) {
                out.computeIfAbsent(f.role(), k -> new ArrayList<>()).add(key);
            }
        });
        return out;
    }

    private static Match looseMatch(Fact fa, Fact fb, Map<String, PlannedResource> indexA, Map<String, PlannedResource> indexB,
                                    boolean raw) {
        String name = fa.name().equals(fb.name()) ? fa.name() : fa.name() + " / " + fb.name();
        String type = fa.mapped() ? fa.role() : fa.type();
        List<RawDifference> rawDifferences = raw ? rawDifferences(List.of(indexA.get(fa.urn())), List.of(indexB.get(fb.urn()))) : List.of();
        return new Match(name, type, compare(fa.properties(), fb.properties()), rawDifferences);
    }

    static List<PropertyDifference> compare(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> left = a == null ? Map.of() : a;
        Map<String, Object> right = b == null ? Map.of() : b;
        TreeSet<String> keys = new TreeSet<>(left.keySet());
        keys.addAll(right.keySet());
        List<PropertyDifference> out = new ArrayList<>();
        for (String key : keys) {
            Object va = union(key, left.get(key));
            Object vb = union(key, right.get(key));
            if (!same(va, vb)) {
                out.add(new PropertyDifference(key, va, vb));
            }
        }
        return out;
    }

    /** A property that merges by union is a set: one value stated alone reads as a set of one, in order. */
    private static Object union(String key, Object value) {
        boolean isUnion = java.util.Arrays.stream(Property.values())
                .anyMatch(p -> p.key().equals(key) && p.merge() == Property.Merge.UNION);
        if (!isUnion || value == null || dev.pont.core.plan.Unknowns.isUnknown(value)) {
            return value;
        }
        TreeSet<String> set = new TreeSet<>();
        if (value instanceof java.util.Collection<?> c) {
            c.forEach(v -> set.add(String.valueOf(v)));
        } else {
            set.add(String.valueOf(value));
        }
        return new ArrayList<>(set);
    }

    /** Cloud resources of two sides matched by type and name, compared input by input. */
    static List<RawDifference> rawDifferences(List<PlannedResource> a, List<PlannedResource> b) {
        Map<String, PlannedResource> left = new TreeMap<>();
        a.forEach(r -> left.putIfAbsent(r.type() + "\u0000" + r.name(), r));
        Map<String, PlannedResource> right = new TreeMap<>();
        b.forEach(r -> right.putIfAbsent(r.type() + "\u0000" + r.name(), r));
        TreeSet<String> keys = new TreeSet<>(left.keySet());
        keys.addAll(right.keySet());
        List<RawDifference> out = new ArrayList<>();
        for (String key : keys) {
            PlannedResource ra = left.get(key);
            PlannedResource rb = right.get(key);
            PlannedResource any = ra != null ? ra : rb;
            if (ra == null || rb == null) {
                out.add(new RawDifference(any.type(), any.name(), "", ra == null ? null : PRESENT, rb == null ? null : PRESENT));
                continue;
            }
            Map<String, Object> fa = new TreeMap<>();
            flatten("", ra.inputs(), fa);
            Map<String, Object> fb = new TreeMap<>();
            flatten("", rb.inputs(), fb);
            TreeSet<String> paths = new TreeSet<>(fa.keySet());
            paths.addAll(fb.keySet());
            for (String path : paths) {
                if (!same(fa.get(path), fb.get(path))) {
                    out.add(new RawDifference(any.type(), any.name(), path, fa.get(path), fb.get(path)));
                }
            }
        }
        return out;
    }

    private static void flatten(String prefix, Object value, Map<String, Object> out) {
        if (value instanceof Map<?, ?> m && !Secrets.isSecret(value) && !m.isEmpty()) {
            m.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, out));
        } else if (value instanceof List<?> l && !l.isEmpty()) {
            for (int i = 0; i < l.size(); i++) {
                flatten(prefix + "[" + i + "]", l.get(i), out);
            }
        } else if (!prefix.isEmpty()) {
            out.put(prefix, value);
        }
    }

    /** Equal as JSON values: numbers by value (3 equals 3.0 and 3L), maps and lists element by element. */
    static boolean same(Object a, Object b) {
        return Objects.equals(normalise(a), normalise(b));
    }

    private static Object normalise(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros();
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            new TreeMap<>(m).forEach((k, v) -> out.put(String.valueOf(k), normalise(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(PlanDiff::normalise).toList();
        }
        return value;
    }
}
