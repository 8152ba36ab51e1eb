package dev.pont.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.conformance.Equivalence;
import dev.pont.core.facts.Property;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.preview.Preview;
import dev.pont.stacks.Extractors;
import dev.pont.stacks.StackRegistry;
import dev.pont.stacks.Targets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The facts policy rules need, stated by every target's extractor on the reference stack. */
class PolicyFactsTest {

    static Map<String, Object> facts(Plan plan, String resource) {
        PlannedResource component = plan.components().stream().filter(c -> c.name().equals(resource)).findFirst().orElseThrow();
        return Equivalence.componentFacts(plan, Extractors.all()).get(component.urn());
    }

    static List<String> strings(Object value) {
        return value instanceof List<?> l ? l.stream().map(String::valueOf).toList() : value == null ? List.of() : List.of(String.valueOf(value));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"azure, francecentral", "ovhcloud, GRA", "outscale, ", "s3ns, u-france-east1"})
    void labelsAndBackupLocationsAreStated(String target, String backupLocation) {
        Plan plan = Preview.of(StackRegistry.get("health-data"), Targets.create(target), ConformanceSuite.config(target));
        assertThat(strings(facts(plan, "admin-data").get(Property.LABELS.key()))).as("labels of admin-data on %s", target)
                .contains("data-class=health", "pont-resource=admin-data");
        Object backups = facts(plan, "catalog").get(Property.BACKUP_LOCATION.key());
        if (backupLocation == null) {
            assertThat(backups).as("no managed database on %s, so no backup location", target).isNull();
        } else {
            assertThat(strings(backups)).as("backup location of catalog on %s", target).containsExactly(backupLocation);
        }
    }
}
