package dev.pont.providers.outscale.facts;

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

/** No type is silently dropped: every resource of the outscale schema is mapped or known lock-in; golden plans map fully. */
class CoverageTest {
    static final Path ROOT = Path.of(System.getProperty("pont.root.dir", "../.."));
    static final Path SHARED = Path.of(System.getProperty("pont.shared.dir", "../../../shared"));

    @Test
    void everyResourceOfTheOutscaleSchemaIsMappedOrLockIn() throws IOException {
        OutscaleFacts facts = new OutscaleFacts();
        JsonNode schema = Json.mapper().readTree(SHARED.resolve("schemas/outscale-0.0.2.schema.json").toFile());
        List<String> missing = new ArrayList<>();
        schema.path("resources").fieldNames().forEachRemaining(type -> {
            if (!facts.types().contains(type) && !facts.lockIns().contains(type)) {
                missing.add(type);
            }
        });
        assertThat(missing).isEmpty();
        assertThat(facts.lockIns()).containsExactlyInAnyOrder("outscale:index/apiAccessPolicy:ApiAccessPolicy",
                "outscale:index/apiAccessRule:ApiAccessRule", "outscale:index/ca:Ca");
    }

    @Test
    void everyS3ResourceOfTheAwsExtractIsMapped() throws IOException {
        OosFacts facts = new OosFacts();
        JsonNode extract = Json.mapper().readTree(SHARED.resolve("schemas/aws-s3.extract.json").toFile());
        List<String> missing = new ArrayList<>();
        extract.path("resources").fieldNames().forEachRemaining(type -> {
            if (!facts.types().contains(type)) {
                missing.add(type);
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void everyResourceOfTheGoldenOutscalePlansIsMapped() throws IOException {
        List<Path> golden;
        try (Stream<Path> files = Files.list(ROOT.resolve("stacks/src/test/resources/golden"))) {
            golden = files.filter(f -> f.getFileName().toString().endsWith(".outscale.json")).sorted().toList();
        }
        assertThat(golden).isNotEmpty();
        TreeSet<String> unmapped = new TreeSet<>();
        for (Path file : golden) {
            Plan plan = Json.mapper().readValue(Files.readString(file), Plan.class);
            for (Fact f : Facts.of(plan, List.of(new OutscaleFacts(), new OosFacts(), new KubernetesFacts())).facts()) {
                if (!f.mapped()) {
                    unmapped.add(f.type() + " (" + f.reason() + ")");
                }
            }
        }
        assertThat(unmapped).isEmpty();
    }
}
