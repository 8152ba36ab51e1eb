package dev.pont.core.facts;

import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.plan.Unknowns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts of a plan: one per cloud resource (provider instances, components and the stack are
 * not cloud resources). A resource no extractor knows becomes an {@code unmapped} fact with the
 * reason; nothing is silently dropped.
 */
public record Facts(List<Fact> facts) {

    public Facts {
        facts = List.copyOf(facts);
    }

    /** The facts of every cloud resource of a plan; the plan is searched for unknown inputs once, not per resource. */
    public static Facts of(Plan plan, List<FactExtractor> extractors) {
        java.util.Set<String> withUnknowns = UnknownInputs.withUnknowns(plan);
        List<Fact> facts = new ArrayList<>();
        for (PlannedResource r : plan.cloudResources()) {
            facts.add(extract(r, plan, extractors, withUnknowns));
        }
        return new Facts(facts);
    }

    public static Fact extract(PlannedResource r, List<FactExtractor> extractors) {
        return extract(r, null, extractors);
    }

    /**
     * The fact for one resource of a plan; {@code plan} may be null when the resource is read alone.
     * When the resource, its parent or a resource it depends on holds {@link Unknowns#UNKNOWN} inputs,
     * see {@link UnknownInputs}: a property that depends on them is stated as unknown.
     */
    public static Fact extract(PlannedResource r, Plan plan, List<FactExtractor> extractors) {
        return extract(r, plan, extractors, null);
    }

    /** {@code withUnknowns}: the URNs of the plan whose inputs hold an unknown, when known (null: look around the resource). */
    private static Fact extract(PlannedResource r, Plan plan, List<FactExtractor> extractors, java.util.Set<String> withUnknowns) {
        String pkg = r.pkg();
        for (FactExtractor extractor : extractors) {
            if (extractor.packages().contains(pkg)) {
                return UnknownInputs.extract(extractor, r, plan, withUnknowns);
            }
        }
        return new Fact(r.urn(), r.type(), r.name(), Fact.UNMAPPED, Map.of(), "no fact extractor reads the " + pkg + " package");
    }

    static Fact extractKnown(FactExtractor extractor, PlannedResource r, Plan plan) {
        Optional<Fact> fact = plan == null ? extractor.extract(r) : extractor.extract(r, plan);
        return fact.orElseGet(() -> new Fact(r.urn(), r.type(), r.name(), Fact.UNMAPPED, Map.of(), extractor.unmappedReason(r.type())));
    }

    public Map<String, Fact> byUrn() {
        Map<String, Fact> map = new LinkedHashMap<>();
        facts.forEach(f -> map.put(f.urn(), f));
        return map;
    }

    /** Properties of several facts combined property by property (see {@link Property.Merge}). */
    public static Map<String, Object> combine(List<Fact> facts) {
        Map<String, Object> combined = new java.util.TreeMap<>();
        for (Fact f : facts) {
            f.properties().forEach((k, v) -> combined.merge(k, v, (a, b) -> Property.ofKey(k).combine(a, b)));
        }
        return combined;
    }
}
