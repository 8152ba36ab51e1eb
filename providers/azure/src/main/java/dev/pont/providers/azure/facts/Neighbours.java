package dev.pont.providers.azure.facts;

import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * Finding the resources a resource points at, the way Azure resolves them: by the parent's name
 * inputs (a secret's {@code vaultName}) within a resource group, or by resource id. A plan that does
 * not hold the other resource (a partial export) simply yields nothing, and the fact stays unstated.
 */
final class Neighbours {
    private Neighbours() {}

    /** The last plan's resources by canonical type: facts of one plan are read one resource after another. */
    private record ByType(Plan plan, Map<String, List<PlannedResource>> index) {
    }

    private static volatile ByType last;

    static List<PlannedResource> ofType(Plan plan, String type) {
        ByType cached = last;
        if (cached == null || cached.plan() != plan) {
            Map<String, List<PlannedResource>> index = new java.util.HashMap<>();
            for (PlannedResource r : plan.resources()) {
                index.computeIfAbsent(AzureFacts.canonical(r.type()), k -> new java.util.ArrayList<>()).add(r);
            }
            cached = new ByType(plan, index);
            last = cached;
        }
        return cached.index().getOrDefault(type, List.of());
    }

    /** The resource of {@code type} whose input {@code nameKey} is {@code name}, in {@code resourceGroup} when both say one. */
    static Optional<PlannedResource> named(Plan plan, String type, String nameKey, String name, String resourceGroup) {
        if (name == null) {
            return Optional.empty();
        }
        return ofType(plan, type).stream()
                .filter(r -> Inputs.is(Inputs.str(r, nameKey), name))
                .filter(r -> sameGroup(Inputs.str(r, "resourceGroupName"), resourceGroup))
                .findFirst();
    }

    /** The parent of a child resource that names it, e.g. the vault of a key: same {@code nameKey} value, same resource group. */
    static Optional<PlannedResource> parent(Plan plan, PlannedResource child, String parentType, String nameKey) {
        return named(plan, parentType, nameKey, Inputs.str(child, nameKey), Inputs.str(child, "resourceGroupName"));
    }

    /** The resource of {@code type} an id points at: its id, else its name input and resource group. */
    static Optional<PlannedResource> byId(Plan plan, String id, String type, String nameKey) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        Optional<PlannedResource> exact = ofType(plan, type).stream().filter(r -> AzureIds.same(r.id(), id)).findFirst();
        return exact.isPresent() ? exact : named(plan, type, nameKey, AzureIds.name(id), AzureIds.resourceGroup(id).orElse(null));
    }

    /** The location of a parent found by {@link #parent}, for child resources that live where their parent lives. */
    static String parentLocation(Plan plan, PlannedResource child, String parentType, String nameKey) {
        return parent(plan, child, parentType, nameKey).map(p -> Values.region(Inputs.str(p, "location"))).orElse(null);
    }

    /**
     * The Key Vault key a key URI names ({@code https://<vault>.vault.azure.net/keys/<name>[/<version>]}),
     * with the vault it lives in if the plan holds them.
     */
    static Optional<KeyRef> key(Plan plan, String keyUri) {
        if (keyUri == null) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(keyUri.trim());
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            String[] path = uri.getPath().split("/");
            String keyName = path.length > 2 && path[1].equalsIgnoreCase("keys") ? path[2] : null;
            String vaultName = host.contains(".") ? host.substring(0, host.indexOf('.')) : host;
            boolean managedHsm = host.contains(".managedhsm.");
            Optional<PlannedResource> key = managedHsm ? Optional.empty() : ofType(plan, "azure-native:keyvault:Key").stream()
                    .filter(k -> Inputs.is(Inputs.str(k, "vaultName"), vaultName) && Inputs.is(Inputs.str(k, "keyName"), keyName))
                    .findFirst();
            Optional<PlannedResource> vault = managedHsm ? Optional.empty() : named(plan, "azure-native:keyvault:Vault", "vaultName", vaultName, null);
            return Optional.of(new KeyRef(managedHsm, key, vault));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A customer key as the plan knows it: in a managed HSM, or a Key Vault key (and its vault) when present. */
    record KeyRef(boolean managedHsm, Optional<PlannedResource> key, Optional<PlannedResource> vault) {
    }

    private static boolean sameGroup(String a, String b) {
        return a == null || b == null || a.equalsIgnoreCase(b);
    }
}
