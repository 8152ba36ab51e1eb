package dev.pont.providers.ovhcloud;

import static dev.pont.providers.ovhcloud.Previews.preview;
import static dev.pont.providers.ovhcloud.Previews.reasons;
import static dev.pont.providers.ovhcloud.Previews.stack;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Plan;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.Labels;
import dev.pont.core.spec.ObjectStoreSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Classified data says which qualification OVHcloud Public Cloud is not confirmed to hold. */
class QualificationTest {
    static final ObjectStoreSpec PUBLIC = ObjectStoreSpec.privateStore().exposure(Exposure.publicFrom(List.of()));

    @Test
    void healthDataNeedsSecNumCloudAndHds() {
        Plan plan = preview(stack(p -> p.objectStore("files", PUBLIC.labels(Labels.dataClass("health")))));
        assertThat(reasons(plan, "files"))
                .anySatisfy(r -> assertThat(r).startsWith("data-class=health data on an unconfirmed qualification")
                        .contains("Hosted Private Cloud VMware SNC").contains("Public Cloud").contains("[verify]"))
                .anySatisfy(r -> assertThat(r).startsWith("data-class=health data on an unconfirmed certification").contains("HDS"));
        assertThat(plan.deviations()).singleElement().satisfies(d -> assertThat(d.properties()).containsExactly("location", "tlsMinimum"));
    }

    @Test
    void otherClassifiedDataNeedsSecNumCloudOnly() {
        Plan plan = preview(stack(p -> p.objectStore("files", PUBLIC.labels(Labels.dataClass("personal")))));
        assertThat(reasons(plan, "files")).filteredOn(r -> r.startsWith("data-class=")).singleElement().asString().contains("SecNumCloud");
    }

    @Test
    void unclassifiedDataSaysNothing() {
        assertThat(preview(stack(p -> p.objectStore("files", PUBLIC))).deviations())
                .allSatisfy(d -> assertThat(d.properties()).containsExactly("tlsMinimum"));
    }
}
