package dev.pont.providers.azure.facts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.json.Json;
import dev.pont.core.spec.Grant;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Azure built-in role definitions by GUID, with the neutral access each gives on the scope it is
 * assigned at ({@code built-in-roles.json}). Custom roles and control-plane-only readers are not
 * in the table: an assignment of those states no grant rather than a guessed one.
 */
final class BuiltInRoles {
    /** A built-in role: its display name and the access it gives. */
    record Role(String name, Grant.Access access) {
    }

    private static final Map<String, Role> ROLES = load();

    private BuiltInRoles() {}

    /** The role a role definition id names ({@code /subscriptions/…/roleDefinitions/<guid>} or the bare GUID). */
    static Optional<Role> of(String roleDefinitionId) {
        return roleDefinitionId == null ? Optional.empty()
                : Optional.ofNullable(ROLES.get(AzureIds.name(roleDefinitionId).toLowerCase(Locale.ROOT)));
    }

    static Map<String, Role> all() {
        return ROLES;
    }

    private static Map<String, Role> load() {
        try (InputStream in = BuiltInRoles.class.getResourceAsStream("built-in-roles.json")) {
            JsonNode roles = Json.mapper().readTree(in).required("roles");
            Map<String, Role> map = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = roles.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
                    throw new IllegalStateException("not a role definition GUID: " + e.getKey());
                }
                map.put(e.getKey(), new Role(e.getValue().required("name").asText(),
                        Grant.Access.of(e.getValue().required("access").asText())));
            }
            return Map.copyOf(map);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("built-in-roles.json is missing or invalid", e);
        }
    }
}
