package dev.pont.core.policy;

import dev.pont.core.facts.Fact;
import dev.pont.core.facts.FactExtractor;
import dev.pont.core.plan.Deviation;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans built in tests: each resource states its neutral role and facts in its inputs
 * ({@code role}, {@code facts}), read back by a test extractor, so a rule sees exactly the facts
 * a fixture gives it.
 */
final class Fixtures {
    static final FactExtractor EXTRACTOR = new FactExtractor() {
        @Override
        public Set<String> packages() {
            return Set.of("test", "outscale", "aws", "azure-native");
        }

        @Override
        @SuppressWarnings("unchecked")
        public Optional<Fact> extract(PlannedResource r) {
            Object role = r.inputs().get("role");
            if (role == null) {
                return Optional.empty();
            }
            return Optional.of(new Fact(r.urn(), r.type(), r.name(), String.valueOf(role),
                    (Map<String, Object>) r.inputs().getOrDefault("facts", Map.of()), null));
        }
    };

    private Fixtures() {}

    static PlannedResource resource(String name, String type, String role, Map<String, Object> facts) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("role", role);
        inputs.put("facts", facts);
        return raw(name, type, inputs);
    }

    static PlannedResource raw(String name, String type, Map<String, Object> inputs) {
        return new PlannedResource("urn:pulumi:fixture::pont::" + type + "::" + name, type, name, null, true, name + "-id", inputs, null, List.of());
    }

    static PlannedResource of(String role, Map<String, Object> facts) {
        return resource(role + "-1", "test:index:" + role.replace("-", ""), role, facts);
    }

    static Plan plan(String target, PlannedResource... resources) {
        return plan(target, List.of(), resources);
    }

    static Plan plan(String target, List<Deviation> deviations, PlannedResource... resources) {
        return new Plan("fixture", target, new ArrayList<>(List.of(resources)), deviations, List.of(), List.of());
    }

    static PolicyContext context(Plan plan, String profile) {
        return PolicyContext.of(plan, List.of(EXTRACTOR), Profile.named(profile), Attestations.builtIn());
    }

    static List<Finding> evaluate(Rule.Info info, Plan plan, String profile) {
        Rule rule = BuiltInRules.all().stream().filter(r -> r.info().equals(info)).findFirst().orElseThrow();
        return rule.evaluate(context(plan, profile));
    }
}
