package dev.pont.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.ResourceArgs;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderSchemaTest {
    final ProviderSchema schema = ProviderSchema.load(Path.of("src/test/resources/schemas/fake.schema.json"));

    @Test
    void aFaithfulBindingPasses() {
        assertThat(schema.checkBinding(FakeAdapter.Thing.class, FakeAdapter.ThingArgs.class)).isEmpty();
    }

    @ResourceType(type = "fake:index:Thingy")
    static final class WrongToken extends CustomResource {
        WrongToken() {
            super("fake:index:Thingy", "x", null, null);
        }
    }

    static final class DriftedArgs extends ResourceArgs {
        @Import(name = "kind")
        Output<Integer> kind;
        @Import(name = "colour")
        Output<String> colour;
    }

    @Test
    void driftIsReported() {
        assertThat(schema.checkBinding(WrongToken.class, DriftedArgs.class))
                .containsExactly("WrongToken: token fake:index:Thingy is not in fake.schema.json");
        assertThat(schema.checkBinding(FakeAdapter.Thing.class, DriftedArgs.class)).containsExactlyInAnyOrder(
                "fake:index:Thing.kind: string in schema, but Java type is Integer",
                "fake:index:Thing: input 'colour' is not in fake.schema.json");
    }

    @Test
    void planValuesAreCheckedForRequiredInputsNamesAndEnums() {
        PlannedResource bad = new PlannedResource("urn:a", "fake:index:Thing", "a", null, true, null,
                Map.of("tier", "warm", "colour", "red"), null, List.of());
        PlannedResource good = new PlannedResource("urn:b", "fake:index:Thing", "b", null, true, null,
                Map.of("kind", "x", "tier", "hot"), null, List.of());
        Plan plan = new Plan("s", "fake", List.of(bad, good), List.of(), List.of(), List.of());
        assertThat(schema.checkPlan(plan, "fake:")).containsExactlyInAnyOrder(
                "fake:index:Thing 'a': required input 'kind' is not set",
                "fake:index:Thing 'a'.tier: value 'warm' is not one of [hot, cold]",
                "fake:index:Thing 'a': input 'colour' is not in fake.schema.json");
    }
}
