package dev.pont.core.facts;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one cloud resource means in neutral terms: its role (a neutral role such as
 * {@code object-store}, a supporting role such as {@code identity-binding}, or {@code unmapped})
 * and the properties it establishes. Unmapped facts carry the reason (an Azure-only service is a
 * lock-in candidate).
 */
public record Fact(String urn, String type, String name, String role, Map<String, Object> properties, String reason) {
    public static final String UNMAPPED = "unmapped";

    public Fact {
        properties = java.util.Collections.unmodifiableMap(new TreeMap<>(properties == null ? Map.of() : properties));
    }

    public boolean mapped() {
        return !UNMAPPED.equals(role);
    }

    public Object get(Property p) {
        return properties.get(p.key());
    }
}
