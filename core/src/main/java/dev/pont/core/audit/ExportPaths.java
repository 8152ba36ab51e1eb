package dev.pont.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How data leaves a cloud and what replaces a lock-in service, from the data file
 * {@code export-paths.json}: by neutral role for inferred resources, by type token, module or package
 * for lock-ins.
 */
public final class ExportPaths {
    /** One export path: the format the data leaves in, the API or tool, and what must be copied. */
    public record Export(String format, String tool, String copy) {
    }

    /** What replaces a lock-in service, whether it holds data, and how that data leaves. */
    public record LockIn(boolean stateful, String alternative, Export export) {
    }

    private static final ExportPaths DEFAULT = load();

    private final Map<String, Export> roles;
    private final Map<String, LockIn> lockIns;

    private ExportPaths(Map<String, Export> roles, Map<String, LockIn> lockIns) {
        this.roles = roles;
        this.lockIns = lockIns;
    }

    public static ExportPaths standard() {
        return DEFAULT;
    }

    private static ExportPaths load() {
        try (InputStream in = ExportPaths.class.getResourceAsStream("export-paths.json")) {
            JsonNode root = Json.mapper().readTree(in);
            Map<String, Export> roles = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.required("roles").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                roles.put(e.getKey(), export(e.getValue()));
            }
            Map<String, LockIn> lockIns = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.required("lockIns").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                JsonNode export = v.get("export");
                lockIns.put(e.getKey(), new LockIn(v.required("stateful").asBoolean(), v.required("alternative").asText(),
                        export == null || export.isNull() ? null : export(export)));
            }
            return new ExportPaths(Map.copyOf(roles), Map.copyOf(lockIns));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("export-paths.json is missing or invalid", e);
        }
    }

    private static Export export(JsonNode node) {
        Export e = new Export(node.required("format").asText(), node.required("tool").asText(), node.required("copy").asText());
        if (e.format().isBlank() || e.tool().isBlank() || e.copy().isBlank()) {
            throw new IllegalStateException("an export path has an empty field");
        }
        return e;
    }

    /** The export path of a neutral role that holds data. */
    public Optional<Export> ofRole(String role) {
        return Optional.ofNullable(roles.get(role));
    }

    /** What replaces a lock-in type: by type, else {@code <package>:<module>}, else {@code <package>}. */
    public Optional<LockIn> ofLockIn(String type) {
        LockIn exact = lockIns.get(type);
        if (exact != null) {
            return Optional.of(exact);
        }
        String[] parts = type.split(":");
        String module = parts.length >= 2 ? parts[0] + ":" + parts[1].replaceAll("/v[0-9a-z]+$", "") : type;
        if (module.contains("/")) {
            module = module.substring(0, module.indexOf('/'));
        }
        LockIn byModule = lockIns.get(module);
        return byModule != null ? Optional.of(byModule) : Optional.ofNullable(lockIns.get(parts[0]));
    }
}
