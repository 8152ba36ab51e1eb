package dev.pont.core.facts;

import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import java.util.List;
import java.util.Optional;

/**
 * Lookups in the plan around a resource, for {@link Rules#onInPlan} rows whose fact lives on another
 * resource: a bucket's region on its provider, a security group rule's default-deny on the group it
 * names by id. A plain view: each lookup scans the plan, so building one costs nothing. A resource
 * read alone (its plan holds only itself) finds nothing else, and the fact stays unstated.
 */
public final class Related {
    private final List<PlannedResource> resources;

    private Related(List<PlannedResource> resources) {
        this.resources = resources;
    }

    public static Related of(Plan plan) {
        return new Related(plan == null ? List.of() : plan.resources());
    }

    /**
     * The provider instance a resource was registered with: its {@code provider} reference is
     * {@code <provider urn>::<provider id>}, as in a stack export.
     */
    public Optional<PlannedResource> provider(PlannedResource r) {
        String ref = r.provider();
        if (ref == null) {
            return Optional.empty();
        }
        int cut = ref.lastIndexOf("::");
        String urn = cut < 0 ? ref : ref.substring(0, cut);
        return resources.stream().filter(p -> p.urn().equals(ref) || p.urn().equals(urn)).findFirst();
    }

    /** The resource with this cloud id, if the plan holds it. */
    public Optional<PlannedResource> byId(String id) {
        return id == null ? Optional.empty() : resources.stream().filter(r -> id.equals(r.id())).findFirst();
    }

    /** The resources of one type token, in plan order. */
    public List<PlannedResource> ofType(String type) {
        return resources.stream().filter(r -> r.type().equals(type)).toList();
    }
}
