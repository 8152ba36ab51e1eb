package dev.pont.providers.s3ns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import org.junit.jupiter.api.Test;

class PreviewTest {

    @Test
    void secretsNeverAppearInThePlan() {
        assertThat(Json.pretty(ProviderTest.PLAN)).doesNotContain(Stacks.SALT);
    }

    @Test
    void previewsAreByteIdenticalRunToRunAndWarnNothing() {
        Plan again = Stacks.preview(Stacks.EVERYTHING);
        assertThat(Json.pretty(again)).isEqualTo(Json.pretty(ProviderTest.PLAN));
        assertThat(again.warnings()).isEmpty();
    }

    @Test
    void everyNeutralResourceHasCloudResourcesUnderIt() {
        Plan plan = ProviderTest.PLAN;
        var index = plan.index();
        plan.components().forEach(c -> assertThat(plan.descendants(c.urn())).as(c.name()).isNotEmpty());
        plan.cloudResources().forEach(r -> assertThat(plan.component(r, index)).as(r.name()).isPresent());
    }
}
