package dev.pont.providers.azure.arm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * ARM resource types as azure-native tokens ({@code arm-types.json}): the token, the name inputs and
 * the input renames. A type not listed gets the token azure-native's naming gives it, so that the fact
 * extractor reports it (unmapped, lock-in) instead of it being dropped.
 */
record ArmTypes(Map<String, Entry> byLowerType) {

    /** One ARM type: its azure-native token, the input each name segment fills, whether {@code properties} is lifted, renames. */
    record Entry(String armType, String token, List<String> names, boolean flatten, Map<String, String> renames, List<String> secrets,
                 boolean listed) {
    }

    static ArmTypes load() {
        try (InputStream in = ArmTypes.class.getResourceAsStream("arm-types.json")) {
            JsonNode root = Json.mapper().readTree(in);
            Map<String, Entry> out = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.required("types").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                List<String> names = new ArrayList<>();
                v.required("names").forEach(n -> names.add(n.isNull() ? null : n.asText()));
                Map<String, String> renames = new LinkedHashMap<>();
                v.path("renames").fields().forEachRemaining(r -> renames.put(r.getKey(), r.getValue().asText()));
                List<String> secrets = new ArrayList<>();
                v.path("secrets").forEach(x -> secrets.add(x.asText()));
                String token = v.required("token").asText();
                if (!token.startsWith("azure-native:") || token.split(":").length != 3) {
                    throw new IllegalStateException("arm-types.json: " + e.getKey() + " has no azure-native token");
                }
                if (out.put(e.getKey().toLowerCase(Locale.ROOT), new Entry(e.getKey(), token, names, v.path("flatten").asBoolean(true),
                        renames, List.copyOf(secrets), true)) != null) {
                    throw new IllegalStateException("arm-types.json: " + e.getKey() + " is listed twice");
                }
            }
            return new ArmTypes(Map.copyOf(out));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("arm-types.json is missing or invalid", e);
        }
    }

    /** The entry for an ARM type (any case); a derived one when the type is not listed. */
    Entry of(String armType) {
        Entry listed = byLowerType.get(armType.toLowerCase(Locale.ROOT));
        return listed != null ? listed : new Entry(armType, derivedToken(armType), List.of("name"), true, Map.of(), List.of(), false);
    }

    /**
     * azure-native's naming: {@code Microsoft.Contoso/widgetGroups/items} is
     * {@code azure-native:contoso:Item} (module: the namespace without {@code Microsoft.}, lower case;
     * type: the last segment, singular, PascalCase).
     */
    static String derivedToken(String armType) {
        String[] parts = armType.split("/");
        String namespace = parts[0];
        String module = (namespace.regionMatches(true, 0, "Microsoft.", 0, 10) ? namespace.substring(10) : namespace)
                .replace(".", "").toLowerCase(Locale.ROOT);
        String last = parts[parts.length - 1];
        return "azure-native:" + module + ":" + singular(Character.toUpperCase(last.charAt(0)) + last.substring(1));
    }

    static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 3) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
