package dev.pont.core.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Table rows that read a resource's neighbours: facts of a plan see the plan, a resource read alone sees itself. */
class RulesTest {

    static PlannedResource resource(String name, String type, Map<String, Object> inputs) {
        return new PlannedResource("urn:" + name, type, name, null, true, "id-" + name, inputs, null, List.of());
    }

    /** A secret is where its vault is; a vault-less secret states no location. */
    static final Rules RULES = new Rules("fake")
            .on("fake:index:Vault", "key-vault", r -> Rules.props().put(Property.LOCATION, Rules.str(r, "location")))
            .onInPlan("fake:index:Secret", "secret", (r, plan) -> Rules.props().put(Property.LOCATION, plan.resources().stream()
                    .filter(v -> v.type().equals("fake:index:Vault") && v.name().equals(Rules.str(r, "vault")))
                    .map(v -> Rules.str(v, "location")).findFirst().orElse(null)))
            .onInPlan("fake:index:Identity", (r, plan) -> plan.resources().size() > 1 ? "identity-binding" : "service-identity",
                    (r, plan) -> Rules.props());

    static final PlannedResource VAULT = resource("keys", "fake:index:Vault", Map.of("location", "francecentral"));
    static final PlannedResource SECRET = resource("salt", "fake:index:Secret", Map.of("vault", "keys"));

    @Test
    void factsOfAPlanReadTheNeighbours() {
        Plan plan = new Plan("demo", "fake", List.of(VAULT, SECRET), List.of(), List.of(), List.of());
        Fact secret = Facts.of(plan, List.of(RULES)).byUrn().get("urn:salt");
        assertThat(secret.role()).isEqualTo("secret");
        assertThat(secret.get(Property.LOCATION)).isEqualTo("francecentral");
    }

    @Test
    void aResourceReadAloneOnlySeesItself() {
        assertThat(Facts.extract(SECRET, List.of(RULES)).properties()).isEmpty();
        assertThat(RULES.extract(resource("id", "fake:index:Identity", Map.of())).orElseThrow().role()).isEqualTo("service-identity");
    }

    @Test
    void rolesMayDependOnTheNeighbours() {
        PlannedResource identity = resource("id", "fake:index:Identity", Map.of());
        Plan plan = new Plan("demo", "fake", List.of(VAULT, identity), List.of(), List.of(), List.of());
        assertThat(Facts.extract(identity, plan, List.of(RULES)).role()).isEqualTo("identity-binding");
    }
}
