package dev.pont.providers.ovhcloud.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.facts.Fact;
import dev.pont.core.facts.Facts;
import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No Public Cloud type is silently dropped: each is mapped to a role or known as lock-in. */
class CoverageTest {
    static final Path SHARED = Path.of(System.getProperty("pont.shared.dir", "../../../shared"));
    static final Path ROOT = Path.of(System.getProperty("pont.root.dir", "../.."));

    static List<String> uncovered(String schema, String prefix) throws IOException {
        OvhcloudFacts facts = new OvhcloudFacts();
        JsonNode root = Json.mapper().readTree(SHARED.resolve("schemas").resolve(schema).toFile());
        List<String> missing = new ArrayList<>();
        root.path("resources").fieldNames().forEachRemaining(type -> {
            if (type.startsWith(prefix) && !facts.types().contains(type) && !facts.lockIns().contains(type)) {
                missing.add(type);
            }
        });
        return missing;
    }

    @Test
    void everyPublicCloudResourceOfTheOvhSchemaIsMappedOrLockIn() throws IOException {
        assertThat(uncovered("ovh-2.13.0.schema.json", "ovh:CloudProject")).containsExactlyInAnyOrder(
                // Managed Private Registry (Harbor): no neutral role, and not OVHcloud-only.
                "ovh:CloudProject/containerRegistry:ContainerRegistry",
                "ovh:CloudProject/containerRegistryIPRestrictionsManagement:ContainerRegistryIPRestrictionsManagement",
                "ovh:CloudProject/containerRegistryIPRestrictionsRegistry:ContainerRegistryIPRestrictionsRegistry",
                "ovh:CloudProject/containerRegistryOIDC:ContainerRegistryOIDC",
                "ovh:CloudProject/containerRegistryUser:ContainerRegistryUser");
        assertThat(uncovered("ovh-2.13.0.schema.json", "ovh:Okms")).isEmpty();
        assertThat(uncovered("ovh-2.13.0.schema.json", "ovh:Dbaas")).isEmpty();
        assertThat(uncovered("ovh-2.13.0.schema.json", "ovh:Vrack")).isEmpty();
    }

    @Test
    void everyResourceOfTheOpenStackExtractIsMapped() throws IOException {
        assertThat(uncovered("openstack-5.5.1.extract.json", "openstack:")).isEmpty();
    }

    @Test
    void everyResourceOfTheGoldenOvhcloudPlansIsMapped() throws IOException {
        List<Path> golden;
        try (Stream<Path> files = Files.list(ROOT.resolve("stacks/src/test/resources/golden"))) {
            golden = files.filter(f -> f.getFileName().toString().endsWith(".ovhcloud.json")).sorted().toList();
        }
        assertThat(golden).isNotEmpty();
        TreeSet<String> unmapped = new TreeSet<>();
        for (Path file : golden) {
            Plan plan = Json.mapper().readValue(Files.readString(file), Plan.class);
            for (Fact f : Facts.of(plan, List.of(new OvhcloudFacts())).facts()) {
                if (!f.mapped()) {
                    unmapped.add(f.type() + " (" + f.reason() + ")");
                }
            }
        }
        assertThat(unmapped).isEmpty();
    }
}
