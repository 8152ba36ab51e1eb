package dev.pont.stacks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import dev.pont.core.preview.Preview;
import dev.pont.core.preview.PreviewConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden plans: every reference stack on every target, as {@code pont preview --format json}
 * writes it. They are the contract; review their diff like code. Regenerate with
 * {@code ./mvnw test -pl stacks -Dpont.golden.update=true}.
 */
class ReferencePlansTest {
    static final Path ROOT = Path.of(System.getProperty("pont.root.dir", ".."));
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String stack : StackRegistry.names()) {
            for (String target : Targets.ids()) {
                cases.add(Arguments.of(stack, target));
            }
        }
        return cases.stream();
    }

    static PreviewConfig config(String target) {
        Path file = ROOT.resolve("Pulumi." + target + ".yaml");
        return Files.isRegularFile(file) ? PreviewConfig.load(file) : PreviewConfig.empty();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void planMatchesItsGoldenFile(String stack, String target) throws IOException {
        Plan plan = Preview.of(StackRegistry.get(stack), Targets.create(target), config(target));
        String json = Json.pretty(plan);
        Path golden = GOLDEN.resolve(stack + "." + target + ".json");
        if (Boolean.getBoolean("pont.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, json);
        }
        assertThat(golden).as("golden plan %s (regenerate with -Dpont.golden.update=true)", golden).exists();
        assertThat(json).as("plan of %s on %s differs from %s", stack, target, golden).isEqualTo(Files.readString(golden));
        assertThat(json).doesNotContain("pepper").doesNotContain("BEGIN PRIVATE KEY");
    }
}
