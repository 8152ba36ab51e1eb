package dev.pont.core.policy;

import dev.pont.core.conformance.Equivalence;
import dev.pont.core.facts.Fact;
import dev.pont.core.facts.FactExtractor;
import dev.pont.core.facts.Facts;
import dev.pont.core.facts.Property;
import dev.pont.core.plan.Deviation;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.ResourceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What rules read: the plan, its neutral resources as {@link Subject}s, the adapter's declared
 * deviations, the provider attestations and the profile. Findings are built here so that every rule
 * applies the profile's severity and the declared deviations the same way.
 */
public final class PolicyContext {
    private final Plan plan;
    private final Profile profile;
    private final Attestations attestations;
    private final List<Subject> subjects;
    private final Map<String, Deviation> deviations = new HashMap<>();

    private PolicyContext(Plan plan, Profile profile, Attestations attestations, List<Subject> subjects) {
        this.plan = plan;
        this.profile = profile;
        this.attestations = attestations;
        this.subjects = List.copyOf(subjects);
        plan.deviations().forEach(d -> deviations.put(d.resource(), d));
    }

    public static PolicyContext of(Plan plan, List<FactExtractor> extractors, Profile profile, Attestations attestations) {
        return new PolicyContext(plan, profile, attestations, subjects(plan, extractors));
    }

    /** One subject per {@code pont:} component, and one per cloud resource no component holds. */
    static List<Subject> subjects(Plan plan, List<FactExtractor> extractors) {
        Map<String, PlannedResource> index = plan.index();
        Map<String, Map<String, Object>> combined = Equivalence.componentFacts(plan, extractors);
        List<Subject> out = new ArrayList<>();
        for (PlannedResource c : plan.components()) {
            Optional<ResourceKind> kind = ResourceKind.ofToken(c.type());
            if (kind.isEmpty()) {
                continue;
            }
            List<String> types = plan.descendants(c.urn()).stream().filter(r -> r.custom() && !r.providerInstance()).map(PlannedResource::type).toList();
            out.add(new Subject(c.name(), kind.get().role(), types, combined.getOrDefault(c.urn(), Map.of())));
        }
        for (Fact f : Facts.of(plan, extractors).facts()) {
            PlannedResource r = index.get(f.urn());
            if (plan.component(r, index).isEmpty()) {
                out.add(new Subject(f.name(), f.mapped() ? f.role() : Fact.UNMAPPED, List.of(f.type()), f.properties()));
            }
        }
        return out;
    }

    public Plan plan() {
        return plan;
    }

    public String target() {
        return plan.target();
    }

    /** The stack's name, or {@code estate} for a plan that names none; findings about the whole plan use it. */
    public String stack() {
        return plan.stack() == null || plan.stack().isBlank() ? "estate" : plan.stack();
    }

    public Profile profile() {
        return profile;
    }

    public Attestations attestations() {
        return attestations;
    }

    public List<Subject> subjects() {
        return subjects;
    }

    public List<Subject> subjects(Set<String> roles) {
        return subjects.stream().filter(s -> roles.contains(s.role())).toList();
    }

    /** Every location the plan's resources state, sorted. */
    public List<String> regions() {
        TreeSet<String> all = new TreeSet<>();
        subjects.forEach(s -> all.addAll(s.strings(Property.LOCATION)));
        return List.copyOf(all);
    }

    /** The jurisdiction the stack asked for ({@code FR}, {@code EU}) in its components' placement, if stated. */
    @SuppressWarnings("unchecked")
    public Optional<String> jurisdiction() {
        return plan.components().stream()
                .map(c -> c.inputs().get("placement"))
                .filter(p -> p instanceof Map<?, ?> m && m.get("jurisdiction") != null)
                .map(p -> String.valueOf(((Map<String, Object>) p).get("jurisdiction")))
                .findFirst();
    }

    /** The deviation the adapter declared for a resource, if any. */
    public Optional<Deviation> deviation(String resource) {
        return Optional.ofNullable(deviations.get(resource));
    }

    /**
     * A finding at the profile's severity. When the adapter declared a deviation for the resource that
     * covers {@code property} (null: only a deviation covering the whole resource), its reasons are
     * attached.
     */
    public Finding finding(Rule.Info rule, String resource, Property property, String message) {
        return build(rule, profile.severity(rule), resource, property, message);
    }

    /**
     * A finding for what cannot be confirmed (an unconfirmed attestation, a fact no resource states):
     * a warning at most, never a pass.
     */
    public Finding unconfirmed(Rule.Info rule, String resource, Property property, String message) {
        return build(rule, profile.severity(rule).atMost(Severity.WARNING), resource, property, message);
    }

    private Finding build(Rule.Info rule, Severity severity, String resource, Property property, String message) {
        String deviation = deviation(resource)
                .filter(d -> property == null ? d.properties().isEmpty() : d.covers(property.key()))
                .map(d -> d.grade().wire() + ": " + String.join("; ", d.reasons()))
                .orElse(null);
        return new Finding(rule.id(), severity, resource, message, rule.remediation(), deviation, null, null);
    }
}
