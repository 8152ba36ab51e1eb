package dev.pont.core.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a stack becomes on one target: every resource registration, sorted by URN, plus the
 * adapter's deviations and catalog choices. The same shape whether it came from Pont's preview
 * or from an imported estate.
 */
public record Plan(String stack, String target, List<PlannedResource> resources, List<Deviation> deviations,
                   List<CatalogChoice> choices, List<String> warnings) {

    public Plan {
        resources = resources.stream().sorted(Comparator.comparing(PlannedResource::urn)).toList();
        deviations = deviations == null ? List.of() : deviations.stream()
                .sorted(Comparator.comparing(Deviation::resource).thenComparing(Deviation::target)).toList();
        choices = choices == null ? List.of() : choices.stream()
                .sorted(Comparator.comparing(CatalogChoice::resource).thenComparing(CatalogChoice::kind)
                        .thenComparing(CatalogChoice::requested)).toList();
        warnings = warnings == null ? List.of() : warnings.stream().sorted().distinct().toList();
    }

    public Optional<PlannedResource> byUrn(String urn) {
        return Optional.ofNullable(index().get(urn));
    }

    /** Resources by URN; build it once when looking up many. */
    public java.util.Map<String, PlannedResource> index() {
        java.util.Map<String, PlannedResource> index = new java.util.HashMap<>();
        resources.forEach(r -> index.put(r.urn(), r));
        return index;
    }

    /** The nearest {@code pont:} component above a resource, if any. */
    public Optional<PlannedResource> component(PlannedResource r, java.util.Map<String, PlannedResource> index) {
        for (PlannedResource p = r.parent() == null ? null : index.get(r.parent()); p != null;
             p = p.parent() == null ? null : index.get(p.parent())) {
            if (p.type().startsWith("pont:")) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public List<PlannedResource> children(String parentUrn) {
        return resources.stream().filter(r -> parentUrn.equals(r.parent())).toList();
    }

    /** Every resource under a component, at any depth. */
    public List<PlannedResource> descendants(String urn) {
        List<PlannedResource> out = new java.util.ArrayList<>();
        for (PlannedResource child : children(urn)) {
            out.add(child);
            out.addAll(descendants(child.urn()));
        }
        return out;
    }

    /** The neutral components ({@code pont:*}) of the plan. */
    public List<PlannedResource> components() {
        return resources.stream().filter(r -> r.type().startsWith("pont:")).toList();
    }

    /** Resources a cloud would create: custom resources that are not provider instances. */
    public List<PlannedResource> cloudResources() {
        return resources.stream().filter(r -> r.custom() && !r.providerInstance()).toList();
    }
}
