package dev.pont.core.conformance;

import dev.pont.core.facts.Fact;
import dev.pont.core.facts.FactExtractor;
import dev.pont.core.facts.Facts;
import dev.pont.core.facts.Property;
import dev.pont.core.json.Json;
import dev.pont.core.plan.Deviation;
import dev.pont.core.plan.Grade;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.Placement;
import dev.pont.core.spec.ResourceKind;
import dev.pont.core.spec.Spec;
import dev.pont.core.spec.Specs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The equivalence engine: for each {@code pont:} component of a plan, its intent (the component's
 * inputs) against the facts of the cloud resources under it, judged by {@link Expectations}.
 * The adapter's declared deviations say which differences are known; every other difference is
 * a conformance failure.
 */
public final class Equivalence {
    private Equivalence() {}

    public static List<Assessment> assess(Plan plan, List<FactExtractor> extractors) {
        Map<String, PlannedResource> index = plan.index();
        Map<String, List<Fact>> byComponent = mappedFactsByComponent(plan, index, extractors);
        Map<String, String> owners = owners(plan, index);
        Map<String, NetworkSpec> networks = new HashMap<>();
        for (PlannedResource c : plan.components()) {
            if (c.type().equals(ResourceKind.NETWORK.token())) {
                networks.put(c.name(), (NetworkSpec) spec(c));
            }
        }
        Map<String, Deviation> declared = new HashMap<>();
        plan.deviations().forEach(d -> declared.put(d.resource(), d));

        List<Assessment> out = new ArrayList<>();
        for (PlannedResource component : plan.components()) {
            Optional<ResourceKind> kind = ResourceKind.ofToken(component.type());
            if (kind.isEmpty()) {
                continue;
            }
            Spec spec = spec(component);
            Placement placement = placement(component);
            List<Fact> mine = byComponent.getOrDefault(component.urn(), List.of());
            Map<String, Object> combined = normaliseGrants(Facts.combine(mine), owners);
            boolean realised = mine.stream().anyMatch(f -> f.role().equals(kind.get().role()));
            Deviation deviation = declared.get(component.name());
            Grade declaredGrade = deviation == null ? Grade.EQUIVALENT : deviation.grade();
            List<Difference> differences = new ArrayList<>();
            if (!realised) {
                differences.add(new Difference(plan.target(), "role", kind.get().role(), mine.isEmpty() ? "no cloud resource"
                        : "realised as " + String.join(", ", new java.util.TreeSet<>(mine.stream().map(Fact::role).toList())),
                        deviation != null && deviation.covers("role")));
            }
            for (Check check : Expectations.of(spec, placement, ref -> subnetCidr(networks, ref))) {
                Object value = combined.get(check.property().key());
                if (!check.satisfied().test(value)) {
                    differences.add(new Difference(plan.target(), check.property().key(), check.intent(),
                            value == null ? "not stated" : display(value), deviation != null && deviation.covers(check.property().key())));
                }
            }
            Grade grade = !realised ? Grade.UNSUPPORTED : differences.isEmpty() ? Grade.EQUIVALENT : Grade.DEGRADED;
            out.add(new Assessment(component.type(), component.name(), plan.target(), grade, declaredGrade,
                    deviation == null ? List.of() : deviation.reasons(), differences, combined));
        }
        return out;
    }

    /**
     * The combined facts of every {@code pont:} component of a plan (mapped facts only, grants
     * normalised to neutral names), by component URN: what the component amounts to on its target.
     */
    public static Map<String, Map<String, Object>> componentFacts(Plan plan, List<FactExtractor> extractors) {
        Map<String, PlannedResource> index = plan.index();
        Map<String, List<Fact>> byComponent = mappedFactsByComponent(plan, index, extractors);
        Map<String, String> owners = owners(plan, index);
        Map<String, Map<String, Object>> out = new TreeMap<>();
        for (PlannedResource component : plan.components()) {
            out.put(component.urn(), normaliseGrants(Facts.combine(byComponent.getOrDefault(component.urn(), List.of())), owners));
        }
        return out;
    }

    /** The mapped facts of the cloud resources under each {@code pont:} component, by component URN. */
    private static Map<String, List<Fact>> mappedFactsByComponent(Plan plan, Map<String, PlannedResource> index,
                                                                  List<FactExtractor> extractors) {
        Map<String, Fact> factByUrn = Facts.of(plan, extractors).byUrn();
        Map<String, List<Fact>> byComponent = new HashMap<>();
        for (PlannedResource r : plan.cloudResources()) {
            Fact fact = factByUrn.get(r.urn());
            if (fact.mapped()) {
                plan.component(r, index).ifPresent(c -> byComponent.computeIfAbsent(c.urn(), k -> new ArrayList<>()).add(fact));
            }
        }
        return byComponent;
    }

    @SuppressWarnings("unchecked")
    static Spec spec(PlannedResource component) {
        ResourceKind kind = ResourceKind.ofToken(component.type()).orElseThrow();
        return Specs.fromJson(kind, (Map<String, Object>) component.inputs().get("spec"));
    }

    @SuppressWarnings("unchecked")
    static Placement placement(PlannedResource component) {
        Object placement = component.inputs().get("placement");
        return Json.mapper().convertValue(placement, Placement.class);
    }

    private static String subnetCidr(Map<String, NetworkSpec> networks, String ref) {
        String[] parts = ref.split("/", 2);
        NetworkSpec network = networks.get(parts[0]);
        return network == null ? ref : network.subnet(parts[1]).map(s -> s.cidr().toString()).orElse(ref);
    }

    /**
     * Who owns what: cloud resource ids and names (and the bucket or name inputs they carry) mapped to
     * the neutral resource they belong to, so that grants stated on cloud ids read as neutral names.
     */
    private static Map<String, String> owners(Plan plan, Map<String, PlannedResource> index) {
        Map<String, String> owners = new TreeMap<>();
        Map<String, String> referenced = new TreeMap<>();
        for (PlannedResource r : plan.cloudResources()) {
            plan.component(r, index).ifPresent(c -> {
                if (r.id() != null) {
                    owners.putIfAbsent(r.id(), c.name());
                }
                owners.putIfAbsent(r.name(), c.name());
                for (String key : List.of("name", "bucket", "accountName", "vaultName", "serverName", "resourceName")) {
                    Object value = r.inputs().get(key);
                    if (value instanceof String s && !s.isEmpty()) {
                        // A name is a resource's own when its id is that name or ends with it; otherwise the
                        // input merely refers to another resource (a bucket IAM binding's bucket) and only
                        // counts if nothing owns the name.
                        boolean own = r.id() != null && (r.id().equals(s) || r.id().endsWith("/" + s));
                        (own ? owners : referenced).putIfAbsent(s, c.name());
                    }
                }
            });
        }
        referenced.forEach(owners::putIfAbsent);
        return owners;
    }

    private static Map<String, Object> normaliseGrants(Map<String, Object> combined, Map<String, String> owners) {
        Object grants = combined.get(Property.GRANTS.key());
        if (!(grants instanceof List<?> list)) {
            return combined;
        }
        Map<String, Object> copy = new LinkedHashMap<>(combined);
        copy.put(Property.GRANTS.key(), list.stream().map(String::valueOf).map(g -> {
            int colon = g.indexOf(':');
            if (colon < 0) {
                return g;
            }
            String target = g.substring(colon + 1);
            String owner = owners.get(target);
            if (owner == null) {
                owner = owners.entrySet().stream().filter(e -> target.startsWith(e.getKey() + "/")).map(Map.Entry::getValue)
                        .findFirst().orElse(target);
            }
            return g.substring(0, colon) + ":" + owner;
        }).sorted().distinct().toList());
        return copy;
    }

    static String display(Object value) {
        return value instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : String.valueOf(value);
    }

    /** Properties compared between targets: what a workload can observe, not how a cloud names things. */
    static final List<Property> PORTABLE = List.of(Property.ENCRYPTED_AT_REST, Property.KEY_CUSTODY, Property.VERSIONED,
            Property.RETENTION_DAYS, Property.RETENTION_LOCKED, Property.PUBLIC_ENDPOINT, Property.PRIVATE_ENDPOINT,
            Property.TLS_MINIMUM, Property.HTTPS_ONLY, Property.BACKUP_RETENTION_DAYS, Property.HIGH_AVAILABILITY,
            Property.PRIVATE_API, Property.DENY_BY_DEFAULT, Property.PUBLIC_IP, Property.LOG_RETENTION_DAYS,
            Property.HSM_BACKED, Property.VERSION);

    /** Differences between targets on portable properties, per neutral resource. */
    public static List<CrossDifference> compareTargets(List<Assessment> assessments) {
        Map<String, Map<String, Assessment>> byResource = new TreeMap<>();
        for (Assessment a : assessments) {
            byResource.computeIfAbsent(a.name(), k -> new LinkedHashMap<>()).put(a.target(), a);
        }
        List<CrossDifference> out = new ArrayList<>();
        byResource.forEach((name, perTarget) -> {
            if (perTarget.size() < 2) {
                return;
            }
            for (Property p : PORTABLE) {
                Map<String, String> values = new LinkedHashMap<>();
                perTarget.forEach((t, a) -> values.put(t, a.facts().containsKey(p.key()) ? display(a.facts().get(p.key())) : "not stated"));
                if (values.values().stream().distinct().count() > 1) {
                    out.add(new CrossDifference(name, p.key(), values));
                }
            }
        });
        return out;
    }

    /** One portable property on which targets disagree for one neutral resource. */
    public record CrossDifference(String resource, String property, Map<String, String> values) {
    }
}
