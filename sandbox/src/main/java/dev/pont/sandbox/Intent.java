package dev.pont.sandbox;

import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.ResourceKind;
import dev.pont.core.spec.Spec;
import dev.pont.core.spec.Specs;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the probes expect, read back from a Plan: each {@code pont:} component carries its neutral
 * spec as inputs ({@code {spec, placement, target}}), so the intent travels with the plan.
 */
public record Intent(String stack, Map<String, ObjectStoreSpec> objectStores, Map<String, DatabaseSpec> databases) {

    public static Intent of(Plan plan) {
        Map<String, ObjectStoreSpec> stores = new LinkedHashMap<>();
        Map<String, DatabaseSpec> databases = new LinkedHashMap<>();
        for (PlannedResource r : plan.resources()) {
            if (r.type().equals(ResourceKind.OBJECT_STORE.token())) {
                stores.put(r.name(), (ObjectStoreSpec) spec(ResourceKind.OBJECT_STORE, r));
            } else if (r.type().equals(ResourceKind.DATABASE.token())) {
                databases.put(r.name(), (DatabaseSpec) spec(ResourceKind.DATABASE, r));
            }
        }
        return new Intent(plan.stack(), Map.copyOf(stores), Map.copyOf(databases));
    }

    @SuppressWarnings("unchecked")
    private static Spec spec(ResourceKind kind, PlannedResource r) {
        Object spec = r.inputs().get("spec");
        if (!(spec instanceof Map<?, ?> json)) {
            throw new dev.pont.core.PontException(r.urn() + ": the component carries no spec input: re-create the plan with pont preview");
        }
        return Specs.fromJson(kind, (Map<String, Object>) json);
    }
}
