package dev.pont.core.facts;

import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rest of the plan, for rules whose fact depends on another resource: a bucket's region is on
 * its provider, a security group rule's default-deny on the group it names by id. Indexed once per
 * plan. {@link #none()} answers nothing, for extraction of a resource on its own.
 */
public final class Related {
    private static final Related NONE = new Related(List.of());

    private final Map<String, PlannedResource> byUrn = new HashMap<>();
    private final Map<String, PlannedResource> byId = new HashMap<>();
    private final Map<String, List<PlannedResource>> byType = new HashMap<>();

    private Related(List<PlannedResource> resources) {
        for (PlannedResource r : resources) {
            byUrn.put(r.urn(), r);
            if (r.id() != null) {
                byId.putIfAbsent(r.id(), r);
            }
            byType.computeIfAbsent(r.type(), k -> new ArrayList<>()).add(r);
        }
    }

    public static Related of(Plan plan) {
        return new Related(plan.resources());
    }

    public static Related none() {
        return NONE;
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
        PlannedResource exact = byUrn.get(ref);
        return Optional.ofNullable(exact != null ? exact : cut < 0 ? null : byUrn.get(ref.substring(0, cut)));
    }

    /** The resource with this cloud id, if the plan holds it. */
    public Optional<PlannedResource> byId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /** The resources of one type token, in plan order. */
    public List<PlannedResource> ofType(String type) {
        return byType.getOrDefault(type, List.of());
    }
}
