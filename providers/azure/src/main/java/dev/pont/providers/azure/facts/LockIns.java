package dev.pont.providers.azure.facts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Azure services with no SecNumCloud equivalent, and why ({@code lock-in.json}): by type for the
 * services' main resources, by module for every other resource of those services.
 */
record LockIns(Map<String, String> types, Map<String, String> modules) {

    static LockIns load() {
        try (InputStream in = LockIns.class.getResourceAsStream("lock-in.json")) {
            JsonNode root = Json.mapper().readTree(in);
            return new LockIns(read(root.required("types")), read(root.required("modules")));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("lock-in.json is missing or invalid", e);
        }
    }

    /** The reason for a type not listed itself but in a lock-in module ({@code azure-native:<module>:<Type>}). */
    Optional<String> ofModule(String type) {
        String[] parts = type.split(":");
        return parts.length == 3 ? Optional.ofNullable(modules.get(parts[1])) : Optional.empty();
    }

    private static Map<String, String> read(JsonNode node) {
        Map<String, String> map = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().asText().isBlank()) {
                throw new IllegalStateException("lock-in reason for " + e.getKey() + " is empty");
            }
            map.put(e.getKey(), e.getValue().asText());
        }
        return Map.copyOf(map);
    }
}
