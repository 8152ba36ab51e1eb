package dev.pont.providers.ovhcloud.facts;

import dev.pont.core.facts.Fact;
import dev.pont.core.facts.Facts;
import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plans read from fixtures next to the tests (resources as a stack export holds them), and their facts by name. */
final class Fixtures {
    private Fixtures() {}

    static Plan plan(String file) {
        try (InputStream in = Fixtures.class.getResourceAsStream(file)) {
            return Json.mapper().readValue(in, Plan.class);
        } catch (IOException e) {
            throw new IllegalStateException("fixture " + file + " is unreadable", e);
        }
    }

    static Map<String, Fact> facts(String file) {
        Map<String, Fact> byName = new LinkedHashMap<>();
        Facts.of(plan(file), List.of(new OvhcloudFacts())).facts().forEach(f -> byName.put(f.name(), f));
        return byName;
    }
}
