package dev.pont.core.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.facts.Property;
import dev.pont.core.spec.Grant;
import dev.pont.core.spec.Jurisdiction;
import dev.pont.core.spec.Placement;
import dev.pont.core.spec.ServiceIdentitySpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grants are judged on least privilege: exactly what was asked, nothing broader, nothing elsewhere. */
class CheckTest {
    final Check grants = Expectations.of(ServiceIdentitySpec.granting(Grant.read("datasets"), Grant.write("catalog")),
            Placement.in(Jurisdiction.FR), ref -> ref).stream().filter(c -> c.property() == Property.GRANTS).findFirst().orElseThrow();

    @Test
    void exactlyTheAskedGrantsPass() {
        assertThat(grants.intent()).isEqualTo("exactly [read:datasets, write:catalog]");
        assertThat(grants.satisfied().test(List.of("write:catalog", "read:datasets", "read:datasets"))).isTrue();
    }

    @Test
    void missingBroaderOrExtraGrantsFail() {
        assertThat(grants.satisfied().test(List.of("read:datasets"))).as("missing").isFalse();
        assertThat(grants.satisfied().test(List.of("admin:catalog", "read:datasets"))).as("broader").isFalse();
        assertThat(grants.satisfied().test(List.of("write:catalog", "read:datasets", "write:objectstore"))).as("elsewhere").isFalse();
        assertThat(grants.satisfied().test(null)).as("not stated").isFalse();
    }
}
