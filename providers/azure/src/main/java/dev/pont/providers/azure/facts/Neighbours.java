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

    /**
     * The last plan's resources by canonical type, and its resources that carry user-assigned identities:
     * facts of one plan are read one resource after another, so lookups share one index instead of
     * scanning the plan for every resource (an estate of 20,000 resources would otherwise take minutes).
     */
    private record ByType(Plan plan, Map<String, List<PlannedResource>> index, List<PlannedResource> withIdentities,
                          Map<String, Map<String, List<PlannedResource>>> byInput, Map<String, List<PlannedResource>> identityUsers) {
    }

    private static volatile ByType last;

    private static ByType indexed(Plan plan) {
        ByType cached = last;
        if (cached == null || cached.plan() != plan) {
            Map<String, List<PlannedResource>> index = new java.util.HashMap<>();
            List<PlannedResource> withIdentities = new java.util.ArrayList<>();
            Map<String, List<PlannedResource>> users = new java.util.HashMap<>();
            for (PlannedResource r : plan.resources()) {
                index.computeIfAbsent(AzureFacts.canonical(r.type()), k -> new java.util.ArrayList<>()).add(r);
                Object assigned = Inputs.at(r, "identity.userAssignedIdentities");
                if (assigned != null) {
                    withIdentities.add(r);
                    List<String> ids = assigned instanceof Map<?, ?> m ? m.keySet().stream().map(String::valueOf).toList()
                            : Inputs.strings(r, "identity.userAssignedIdentities");
                    for (String id : ids) {
                        addUser(users, "id:" + AzureIds.normal(id), r);
                        AzureIds.segment(id, "userAssignedIdentities").ifPresent(n -> addUser(users, "name:" + n.toLowerCase(Locale.ROOT), r));
                    }
                }
            }
            cached = new ByType(plan, index, withIdentities, new java.util.concurrent.ConcurrentHashMap<>(), users);
            last = cached;
        }
        return cached;
    }

    private static void addUser(Map<String, List<PlannedResource>> users, String key, PlannedResource r) {
        List<PlannedResource> list = users.computeIfAbsent(key, k -> new java.util.ArrayList<>());
        if (!list.contains(r)) {
            list.add(r);
        }
    }

    /**
     * The resources that attach a user-assigned identity (by its id, or by its name as the
     * {@code userAssignedIdentities} segment of an id they name), in plan order.
     */
    static List<PlannedResource> usersOf(Plan plan, String identityId, String name) {
        Map<String, List<PlannedResource>> users = indexed(plan).identityUsers();
        java.util.LinkedHashSet<PlannedResource> out = new java.util.LinkedHashSet<>();
        if (identityId != null) {
            out.addAll(users.getOrDefault("id:" + AzureIds.normal(identityId), List.of()));
        }
        if (name != null) {
            out.addAll(users.getOrDefault("name:" + name.toLowerCase(Locale.ROOT), List.of()));
        }
        return List.copyOf(out);
    }

    /** The resources of a plan that name user-assigned identities ({@code identity.userAssignedIdentities}). */
    static List<PlannedResource> withUserIdentities(Plan plan) {
        return indexed(plan).withIdentities();
    }

    /** The resources of {@code type} whose input {@code key} is {@code value}, ignoring case. */
    static List<PlannedResource> withInput(Plan plan, String type, String key, String value) {
        if (value == null) {
            return List.of();
        }
        Map<String, List<PlannedResource>> byValue = indexed(plan).byInput().computeIfAbsent(type + "#" + key, k -> {
            Map<String, List<PlannedResource>> m = new java.util.HashMap<>();
            for (PlannedResource r : ofType(plan, type)) {
                String v = Inputs.str(r, key);
                if (v != null) {
                    m.computeIfAbsent(v.toLowerCase(Locale.ROOT), x -> new java.util.ArrayList<>()).add(r);
                }
            }
            return m;
        });
        return byValue.getOrDefault(value.toLowerCase(Locale.ROOT), List.of());
    }

    static List<PlannedResource> ofType(Plan plan, String type) {
        return indexed(plan).index().getOrDefault(type, List.of());
    }

    /** The resource of {@code type} whose input {@code nameKey} is {@code name}, in {@code resourceGroup} when both say one. */
    static Optional<PlannedResource> named(Plan plan, String type, String nameKey, String name, String resourceGroup) {
        if (name == null) {
            return Optional.empty();
        }
        return withInput(plan, type, nameKey, name).stream()
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
