package dev.pont.core.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.PontException;
import dev.pont.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A policy profile ({@code secnumcloud}, {@code hds}, {@code baseline}): which built-in rules run and
 * at which severity, and which qualification the provider must hold. Data: {@code profiles.json}.
 */
public record Profile(String name, String description, String qualification, Map<String, Severity> rules) {
    private static final Map<String, Profile> ALL = load();

    public Profile {
        rules = java.util.Collections.unmodifiableMap(new TreeMap<>(rules));
    }

    public static Profile named(String name) {
        Profile p = ALL.get(name);
        if (p == null) {
            throw new PontException("unknown profile '" + name + "': use one of " + String.join(", ", ALL.keySet()));
        }
        return p;
    }

    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    /** The qualification ({@code secnumcloud}, {@code hds}) this profile needs, if any. */
    public Optional<String> needs() {
        return Optional.ofNullable(qualification);
    }

    public boolean runs(Rule rule) {
        return rules.containsKey(rule.info().id()) || !BuiltInRules.ids().contains(rule.info().id());
    }

    /** The severity of a rule in this profile; custom rules keep their own. */
    public Severity severity(Rule.Info rule) {
        return rules.getOrDefault(rule.id(), rule.severity());
    }

    private static Map<String, Profile> load() {
        try (InputStream in = Profile.class.getResourceAsStream("profiles.json")) {
            JsonNode root = Json.mapper().readTree(in);
            Map<String, Profile> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().startsWith("_")) {
                    continue;
                }
                Map<String, Severity> rules = new TreeMap<>();
                e.getValue().path("rules").fields().forEachRemaining(r -> rules.put(r.getKey(), Severity.of(r.getValue().asText())));
                JsonNode q = e.getValue().get("qualification");
                out.put(e.getKey(), new Profile(e.getKey(), e.getValue().path("description").asText(), q == null ? null : q.asText(), rules));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("profiles.json is missing or invalid", e);
        }
    }
}
