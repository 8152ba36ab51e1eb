package dev.pont.providers.outscale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import org.junit.jupiter.api.Test;

class PreviewTest {

    @Test
    void secretsNeverAppearInThePlan() {
        String json = Json.pretty(PlanSchemaTest.PLAN);
        assertThat(json).doesNotContain(Stacks.SALT).doesNotContain("preview-placeholder").doesNotContain("kind: Config");
    }

    @Test
    void previewsAreByteIdenticalRunToRun() {
        Plan again = Stacks.preview(Stacks.EVERYTHING);
        assertThat(Json.pretty(again)).isEqualTo(Json.pretty(PlanSchemaTest.PLAN));
        assertThat(again.warnings()).isEmpty();
    }

    @Test
    void idsHaveOutscaleShapes() {
        assertThat(new PreviewAnswers().outputs("outscale:index/net:Net", "n", java.util.Map.of(), "eu-west-2"))
                .containsEntry("netId", "vpc-" + ((String) new PreviewAnswers().outputs("outscale:index/net:Net", "n", java.util.Map.of(), "eu-west-2").get("id")).substring(4));
        assertThat(Stacks.named(PlanSchemaTest.PLAN, "core-data").inputs().get("netId")).asString().startsWith("vpc-");
        assertThat(Stacks.named(PlanSchemaTest.PLAN, "admin-bastion-attach-admin-data").inputs())
                .hasEntrySatisfying("vmId", v -> assertThat(v).asString().startsWith("i-"))
                .hasEntrySatisfying("volumeId", v -> assertThat(v).asString().startsWith("vol-"));
    }
}
