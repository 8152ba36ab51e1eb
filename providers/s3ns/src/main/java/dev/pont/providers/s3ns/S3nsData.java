package dev.pont.providers.s3ns;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The data files of this module ({@code s3ns.json}, {@code kms-keys.json}, {@code grants.json}),
 * loaded once and validated; a broken file is a build bug and fails every test.
 */
final class S3nsData {
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The universe: API domain, project prefix, zones per region, service names, audit log names. */
    record Universe(String domain, String projectPrefix, Map<String, List<String>> zones, Map<String, String> serviceNames,
                    Map<String, List<String>> auditLogs) {
        List<String> zones(String region) {
            List<String> list = zones.get(region);
            if (list == null || list.isEmpty()) {
                throw new IllegalStateException("s3ns.json lists no zone for region " + region);
            }
            return list;
        }

        String service(String key) {
            String name = serviceNames.get(key);
            if (name == null) {
                throw new IllegalStateException("s3ns.json names no service '" + key + "'");
            }
            return name;
        }
    }

    /** A neutral key (algorithm and size) as a Cloud KMS key. */
    record KmsKey(String purpose, String algorithm, boolean rotates, boolean customerManagedEncryption, boolean verified) {
    }

    /** Roles per access level for one kind of resource, where they are bound, and why some are missing. */
    record GrantRoles(String scope, Map<String, List<String>> roles, String projectNote, String reason) {
        List<String> roles(String access) {
            return roles == null ? List.of() : roles.getOrDefault(access, List.of());
        }

        boolean projectWide() {
            return "project".equals(scope);
        }
    }

    static final Universe UNIVERSE = universe();
    static final Map<String, KmsKey> KMS_KEYS = kmsKeys();
    static final String PROTECTION_LEVEL = read("kms-keys.json").path("protectionLevel").asText();
    static final Map<String, GrantRoles> GRANTS = grants();

    private S3nsData() {}

    private static Universe universe() {
        JsonNode root = read("s3ns.json");
        Map<String, List<String>> zones = new TreeMap<>();
        root.path("zones").fields().forEachRemaining(e -> {
            if (e.getValue().isArray()) {
                zones.put(e.getKey(), strings(e.getValue()));
            }
        });
        Map<String, String> services = new TreeMap<>();
        root.path("serviceNames").fields().forEachRemaining(e -> {
            if (!e.getKey().equals("verified") && !e.getKey().equals("source")) {
                services.put(e.getKey(), e.getValue().asText());
            }
        });
        Map<String, List<String>> logs = new TreeMap<>();
        root.path("auditLogs").fields().forEachRemaining(e -> {
            if (e.getValue().isArray()) {
                logs.put(e.getKey(), strings(e.getValue()));
            }
        });
        String domain = root.path("universeDomain").path("value").asText();
        String prefix = root.path("projectPrefix").path("value").asText();
        if (domain.isEmpty() || prefix.isEmpty() || zones.isEmpty()) {
            throw new IllegalStateException("s3ns.json needs universeDomain, projectPrefix and zones");
        }
        return new Universe(domain, prefix, zones, services, logs);
    }

    private static Map<String, KmsKey> kmsKeys() {
        Map<String, KmsKey> keys = new TreeMap<>();
        read("kms-keys.json").path("keys").fields().forEachRemaining(e -> keys.put(e.getKey(), MAPPER.convertValue(e.getValue(), KmsKey.class)));
        return keys;
    }

    private static Map<String, GrantRoles> grants() {
        Map<String, GrantRoles> grants = new TreeMap<>();
        read("grants.json").path("kinds").fields().forEachRemaining(e -> {
            GrantRoles g = MAPPER.convertValue(e.getValue(), GrantRoles.class);
            if ((g.roles() == null || g.roles().isEmpty()) && g.reason() == null) {
                throw new IllegalStateException("grants.json: kind " + e.getKey() + " has neither roles nor a reason");
            }
            if (g.projectWide() && g.projectNote() == null) {
                throw new IllegalStateException("grants.json: project-wide kind " + e.getKey() + " needs a projectNote");
            }
            grants.put(e.getKey(), g);
        });
        return grants;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = S3nsData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not found next to " + S3nsData.class.getName());
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(resource + " is invalid: " + e.getMessage(), e);
        }
    }
}
