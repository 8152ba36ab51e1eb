package dev.pont.core.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.pont.core.PontException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Stack config for an offline preview, read from a {@code Pulumi.<stack>.yaml} file the way the
 * Pulumi CLI reads it: keys without a namespace belong to the project ({@code pont}); values
 * under {@code secure:} are ciphertext the preview cannot decrypt, so they become secret
 * placeholders whose value is never used.
 */
public record PreviewConfig(Map<String, String> values, Set<String> secretKeys) {
    public static final String PROJECT = "pont";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public PreviewConfig {
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
        secretKeys = java.util.Collections.unmodifiableSet(new TreeSet<>(secretKeys));
    }

    public static PreviewConfig empty() {
        return new PreviewConfig(Map.of(), Set.of());
    }

    public static PreviewConfig load(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new PontException(file + ": cannot read stack config: " + firstLine(e.getMessage()) + ": fix the YAML syntax");
        }
        Map<String, String> values = new TreeMap<>();
        Set<String> secrets = new TreeSet<>();
        JsonNode config = root == null ? null : root.get("config");
        if (config == null || config.isNull()) {
            return new PreviewConfig(values, secrets);
        }
        if (!config.isObject()) {
            throw new PontException(file + ": 'config' must be a mapping of keys to values");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = config.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey().contains(":") ? e.getKey() : PROJECT + ":" + e.getKey();
            JsonNode v = e.getValue();
            if (v.isObject() && v.has("secure")) {
                values.put(key, "");
                secrets.add(key);
            } else {
                values.put(key, v.isValueNode() ? v.asText() : v.toString());
            }
        }
        return new PreviewConfig(values, secrets);
    }

    /** This config with {@code key=value} overrides on top (e.g. from the command line). */
    public PreviewConfig with(Map<String, String> overrides) {
        Map<String, String> copy = new TreeMap<>(values);
        overrides.forEach((k, v) -> copy.put(k.contains(":") ? k : PROJECT + ":" + k, v));
        return new PreviewConfig(copy, secretKeys);
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }
}
