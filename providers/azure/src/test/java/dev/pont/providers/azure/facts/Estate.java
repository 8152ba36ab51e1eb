package dev.pont.providers.azure.facts;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.pont.core.facts.Fact;
import dev.pont.core.facts.Facts;
import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A test estate: a fixture in the shape of {@code pulumi stack export} ({@code deployment.resources[]}
 * with urn, type, id, parent and inputs), read into a plan and through the Azure extractor.
 */
final class Estate {
    static final AzureFacts EXTRACTOR = new AzureFacts();

    private final Plan plan;
    private final Map<String, Fact> facts = new java.util.LinkedHashMap<>();

    private Estate(Plan plan) {
        this.plan = plan;
        Facts.of(plan, List.of(EXTRACTOR)).facts().forEach(f -> facts.put(f.name(), f));
    }

    /** The estate in {@code src/test/resources/facts/<name>.json}. */
    static Estate load(String name) {
        try (InputStream in = Estate.class.getResourceAsStream("/facts/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture facts/" + name + ".json");
            }
            Map<String, Object> export = Json.mapper().readValue(in, new TypeReference<>() {});
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> resources = (List<Map<String, Object>>) ((Map<String, Object>) export.get("deployment")).get("resources");
            List<PlannedResource> planned = new ArrayList<>();
            for (Map<String, Object> r : resources) {
                planned.add(resource(r));
            }
            return new Estate(new Plan(name, "azure", planned, List.of(), List.of(), List.of()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read fixture " + name, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static PlannedResource resource(Map<String, Object> r) {
        String urn = (String) r.get("urn");
        String type = (String) r.get("type");
        Object inputs = r.getOrDefault("inputs", Map.of());
        return new PlannedResource(urn, type, urn.substring(urn.lastIndexOf("::") + 2), (String) r.get("parent"),
                !Boolean.FALSE.equals(r.get("custom")), (String) r.get("id"), (Map<String, Object>) inputs,
                (String) r.get("provider"), List.of());
    }

    Plan plan() {
        return plan;
    }

    /** The fact of the resource named {@code name} (the last part of its URN). */
    Fact fact(String name) {
        Fact f = facts.get(name);
        if (f == null) {
            throw new AssertionError("no resource named " + name + " in the estate; have " + facts.keySet());
        }
        return f;
    }

    /** The same resource read alone, without the rest of the estate. */
    Fact alone(String name) {
        PlannedResource r = plan.resources().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        return Facts.extract(r, List.of(EXTRACTOR));
    }

    List<Fact> facts() {
        return List.copyOf(facts.values());
    }
}
