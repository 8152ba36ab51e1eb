package dev.pont.core.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.plan.Secrets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Matching and ordering without extractors; neutral property differences are tested through the CLI with real ones. */
class PlanDiffTest {
    static final String STACK = "urn:pulumi:t::pont::pulumi:pulumi:Stack::pont-t";

    static PlannedResource component(String type, String name) {
        return new PlannedResource("urn:pulumi:t::pont::pulumi:pulumi:Stack$" + type + "::" + name, type, name, STACK, false, null,
                Map.of(), null, List.of());
    }

    static PlannedResource cloud(PlannedResource parent, String type, String name, Map<String, Object> inputs) {
        return new PlannedResource(parent.urn().replace("::" + parent.name(), "") + "$" + type + "::" + name, type, name, parent.urn(),
                true, "id-" + name, inputs, null, List.of());
    }

    static Plan plan(PlannedResource... resources) {
        List<PlannedResource> all = new java.util.ArrayList<>(List.of(resources));
        all.add(new PlannedResource(STACK, "pulumi:pulumi:Stack", "pont-t", null, false, null, Map.of(), null, List.of()));
        return new Plan("s", "t", all, List.of(), List.of(), List.of());
    }

    @Test
    void componentsAreMatchedByTypeAndNameAndCompared() {
        PlannedResource store = component("pont:storage:ObjectStore", "datasets");
        PlannedResource vault = component("pont:security:KeyVault", "keys");
        PlannedResource disk = component("pont:storage:BlockVolume", "data");
        Plan a = plan(store, vault, cloud(store, "x:storage:Bucket", "b", Map.of("sku", Map.of("name", "LRS"), "n", 3)),
                cloud(store, "x:storage:Policy", "p", Map.of()));
        Plan b = plan(store, disk, cloud(store, "x:storage:Bucket", "b", Map.of("sku", Map.of("name", "ZRS"), "n", 3.0,
                "secret", Secrets.REDACTED)));

        PlanDiff plain = PlanDiff.of(a, b, List.of());
        assertThat(plain.matched()).extracting(PlanDiff.Match::component).containsExactly("datasets");
        assertThat(plain.onlyInA()).containsExactly(new PlanDiff.Unmatched("pont:security:KeyVault", "keys"));
        assertThat(plain.onlyInB()).containsExactly(new PlanDiff.Unmatched("pont:storage:BlockVolume", "data"));
        assertThat(plain.matched().get(0).raw()).isEmpty();
        assertThat(plain.hasDifferences()).isTrue();

        PlanDiff raw = PlanDiff.of(a, b, List.of(), true);
        assertThat(raw.matched().get(0).raw()).containsExactly(
                new PlanDiff.RawDifference("x:storage:Bucket", "b", "secret", null, Secrets.REDACTED),
                new PlanDiff.RawDifference("x:storage:Bucket", "b", "sku.name", "LRS", "ZRS"),
                new PlanDiff.RawDifference("x:storage:Policy", "p", "", PlanDiff.PRESENT, null));
        assertThat(raw).isEqualTo(PlanDiff.of(a, b, List.of(), true));
    }

    @Test
    void aPlanDoesNotDifferFromItself() {
        PlannedResource store = component("pont:storage:ObjectStore", "datasets");
        Plan a = plan(store, cloud(store, "x:storage:Bucket", "b", Map.of("n", 1)));
        PlanDiff diff = PlanDiff.of(a, a, List.of(), true);
        assertThat(diff.hasDifferences()).isFalse();
        assertThat(diff.matched()).hasSize(1);
    }

    @Test
    void unionPropertiesReadAsSetsAndNumbersByValue() {
        assertThat(PlanDiff.compare(Map.of("location", "francecentral", "rotationDays", 365),
                Map.of("location", List.of("francecentral"), "rotationDays", 365.0))).isEmpty();
        assertThat(PlanDiff.compare(Map.of("keyCustody", "customer"), Map.of()))
                .containsExactly(new PlanDiff.PropertyDifference("keyCustody", "customer", null));
    }
}
