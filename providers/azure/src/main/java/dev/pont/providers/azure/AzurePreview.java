package dev.pont.providers.azure;

import dev.pont.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Azure would answer in the offline preview: ARM ids and the outputs Azure computes (vault
 * URIs, endpoints, principal ids), from the templates in {@code preview-outputs.json}, and the
 * deploying principal's client config as zero GUIDs. Deterministic: the same inputs give the same
 * answers on every run.
 */
final class AzurePreview {
    static final String ZERO = "00000000-0000-0000-0000-000000000000";
    static final String CLIENT_CONFIG = "azure-native:authorization:getClientConfig";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)(?::([a-zA-Z]+))?}");

    /** One type's answer: its ARM id and computed outputs, with placeholders. */
    record Template(String id, Map<String, String> outputs) {
    }

    private final Map<String, Template> templates;

    private AzurePreview(Map<String, Template> templates) {
        this.templates = Map.copyOf(templates);
    }

    static AzurePreview load() {
        try (InputStream in = AzurePreview.class.getResourceAsStream("preview-outputs.json")) {
            if (in == null) {
                throw new IllegalStateException("preview-outputs.json not found next to " + AzurePreview.class.getName());
            }
            var root = Json.mapper().readTree(in);
            Map<String, Template> templates = new LinkedHashMap<>();
            root.path("templates").fields().forEachRemaining(e ->
                    templates.put(e.getKey(), Json.mapper().convertValue(e.getValue(), Template.class)));
            return new AzurePreview(templates);
        } catch (IOException e) {
            throw new IllegalStateException("preview-outputs.json is invalid: " + e.getMessage(), e);
        }
    }

    Map<String, Object> outputs(String type, String name, Map<String, Object> inputs) {
        Template template = templates.get(type);
        if (template == null) {
            return Map.of();
        }
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("id", fill(template.id(), type, name, inputs));
        template.outputs().forEach((key, value) -> {
            String filled = fill(value, type, name, inputs);
            int dot = key.indexOf('.');
            if (dot < 0) {
                outputs.put(key, filled);
                return;
            }
            // A nested output (properties.vaultUri) goes into a copy of the nested input map, which Azure echoes back.
            String outer = key.substring(0, dot);
            @SuppressWarnings("unchecked")
            Map<String, Object> nested = (Map<String, Object>) outputs.computeIfAbsent(outer, k -> inputs.get(k) instanceof Map<?, ?> m
                    ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>());
            nested.put(key.substring(dot + 1), filled);
        });
        identities(inputs).ifPresent(identity -> outputs.put("identity", identity));
        return outputs;
    }

    /**
     * azure-native takes user-assigned identities as a list of ids, and Azure answers them as a map
     * from id to the identity's principal and client ids.
     */
    private static Optional<Map<String, Object>> identities(Map<String, Object> inputs) {
        if (!(inputs.get("identity") instanceof Map<?, ?> identity) || !(identity.get("userAssignedIdentities") instanceof List<?> ids)) {
            return Optional.empty();
        }
        Map<String, Object> byId = new LinkedHashMap<>();
        for (Object id : ids) {
            byte[] seed = String.valueOf(id).getBytes(StandardCharsets.UTF_8);
            byId.put(String.valueOf(id), Map.of("principalId", UUID.nameUUIDFromBytes(seed).toString(), "clientId",
                    UUID.nameUUIDFromBytes((id + "/client").getBytes(StandardCharsets.UTF_8)).toString()));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = new LinkedHashMap<>((Map<String, Object>) identity);
        answer.put("userAssignedIdentities", byId);
        return Optional.of(answer);
    }

    Map<String, Object> invoke(String token, Map<String, Object> args) {
        if (CLIENT_CONFIG.equals(token)) {
            return Map.of("clientId", ZERO, "objectId", ZERO, "subscriptionId", ZERO, "tenantId", ZERO);
        }
        return Map.of();
    }

    private static String fill(String template, String type, String name, Map<String, Object> inputs) {
        Matcher m = PLACEHOLDER.matcher(template.replace("{rg}", "/subscriptions/{subscription}/resourceGroups/{resourceGroupName}"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), m.group(2), type, name, inputs)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String value(String key, String salt, String type, String name, Map<String, Object> inputs) {
        String seed = type + "/" + name + "/" + salt;
        return switch (key) {
            case "subscription", "tenant" -> ZERO;
            case "uuid" -> UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
            case "hex" -> AzureNames.hash(seed, 32);
            default -> {
                if (!(inputs.get(key) instanceof String value)) {
                    throw new IllegalStateException("preview template for " + type + " needs the string input '" + key + "' of " + name);
                }
                yield value;
            }
        };
    }
}
