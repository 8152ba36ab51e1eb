package dev.pont.providers.azure.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.core.annotations.ResourceType;
import dev.pont.core.facts.Fact;
import dev.pont.core.facts.Facts;
import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.ResourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the table covers: every type of the reference plans, only real azure-native types, roles from a closed list. */
class CoverageTest {
    static final Path GOLDEN = Path.of(System.getProperty("pont.root.dir", "../.."), "stacks/src/test/resources/golden");
    static final Set<String> NEUTRAL = Arrays.stream(ResourceKind.values()).map(ResourceKind::role).collect(Collectors.toSet());

    static String roleOf(String type) {
        PlannedResource empty = new PlannedResource("urn:" + type, type, "x", null, true, null, Map.of(), null, List.of());
        return Facts.extract(empty, List.of(Estate.EXTRACTOR)).role();
    }

    @Test
    void everyTypeOfTheReferencePlansHasANeutralOrSupportingRole() throws IOException {
        List<Path> plans;
        try (var files = Files.list(GOLDEN)) {
            plans = files.filter(p -> p.getFileName().toString().endsWith(".azure.json")).sorted().toList();
        }
        assertThat(plans).as("golden Azure plans under %s", GOLDEN).isNotEmpty();
        for (Path file : plans) {
            Plan plan = Json.mapper().readValue(Files.readString(file), Plan.class);
            for (Fact fact : Facts.of(plan, List.of(Estate.EXTRACTOR)).facts()) {
                assertThat(fact.mapped()).as("%s (%s) in %s: %s", fact.name(), fact.type(), file.getFileName(), fact.reason()).isTrue();
                assertThat(NEUTRAL.contains(fact.role()) || AzureFacts.SUPPORTING_ROLES.contains(fact.role()))
                        .as("%s plays %s", fact.type(), fact.role()).isTrue();
            }
        }
    }

    @Test
    void everyTypeTheTableNamesIsARealAzureNativeResource() throws ClassNotFoundException {
        Set<String> named = new TreeSet<>(Estate.EXTRACTOR.types());
        named.addAll(Estate.EXTRACTOR.lockInTypes().keySet());
        for (String type : named) {
            String[] parts = type.split(":");
            Class<?> resource = Class.forName("com.pulumi.azurenative." + parts[1] + "." + parts[2], false, getClass().getClassLoader());
            assertThat(resource.getAnnotation(ResourceType.class).type()).isEqualTo(type);
        }
    }

    @Test
    void coverageByKindOfRole() {
        Map<String, Integer> counts = new TreeMap<>();
        for (String type : Estate.EXTRACTOR.types()) {
            String role = roleOf(type);
            assertThat(NEUTRAL.contains(role) || AzureFacts.SUPPORTING_ROLES.contains(role)).as("%s plays %s", type, role).isTrue();
            counts.merge(NEUTRAL.contains(role) ? "neutral" : "supporting", 1, Integer::sum);
        }
        counts.put("lock-in", Estate.EXTRACTOR.lockInTypes().size());
        System.out.println("azure-native coverage: " + counts);
        assertThat(Estate.EXTRACTOR.lockInTypes().keySet()).doesNotContainAnyElementsOf(Estate.EXTRACTOR.types());
        assertThat(counts.get("neutral")).isGreaterThanOrEqualTo(30);
        assertThat(counts.get("lock-in")).isGreaterThanOrEqualTo(60);
    }

    @Test
    void everyNeutralRoleHasAtLeastOneAzureType() {
        Set<String> played = Estate.EXTRACTOR.types().stream().map(CoverageTest::roleOf).collect(Collectors.toSet());
        assertThat(played).containsAll(NEUTRAL);
    }
}
