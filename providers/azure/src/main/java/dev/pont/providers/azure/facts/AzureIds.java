package dev.pont.providers.azure.facts;

import java.util.Optional;

/**
 * Azure Resource Manager ids ({@code /subscriptions/…/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv/keys/k}):
 * case-insensitive, hierarchical, name after type segment.
 */
final class AzureIds {
    private AzureIds() {}

    static boolean same(String a, String b) {
        return a != null && b != null && trim(a).equalsIgnoreCase(trim(b));
    }

    /** An id in the form {@link #same} compares: trimmed, without a trailing slash, lower case. */
    static String normal(String id) {
        return trim(id).toLowerCase(java.util.Locale.ROOT);
    }

    /** The last segment: the resource's own name. */
    static String name(String id) {
        String t = trim(id);
        return t.substring(t.lastIndexOf('/') + 1);
    }

    /** The segment after {@code key} (e.g. {@code resourceGroups}, {@code vaults}), compared case-insensitively. */
    static Optional<String> segment(String id, String key) {
        String[] parts = trim(id).split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].equalsIgnoreCase(key)) {
                return Optional.of(parts[i + 1]);
            }
        }
        return Optional.empty();
    }

    static Optional<String> resourceGroup(String id) {
        return segment(id, "resourceGroups");
    }

    private static String trim(String id) {
        String t = id.trim();
        return t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
    }
}
