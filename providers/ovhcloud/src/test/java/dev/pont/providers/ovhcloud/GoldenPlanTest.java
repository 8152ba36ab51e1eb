package dev.pont.providers.ovhcloud;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The plan of the every-spec test stack on OVHcloud, as {@code pont preview --format json} writes
 * it: review its diff like code. Regenerate with
 * {@code mvn test -pl providers/ovhcloud -Dtest=GoldenPlanTest -Dpont.golden.update=true}.
 */
class GoldenPlanTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/every-spec.ovhcloud.json");

    @Test
    void planMatchesItsGoldenFile() throws IOException {
        String json = Json.pretty(OvhcloudPlanTest.PLAN);
        if (Boolean.getBoolean("pont.golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, json);
        }
        assertThat(GOLDEN).as("golden plan (regenerate with -Dpont.golden.update=true)").exists();
        assertThat(json).isEqualTo(Files.readString(GOLDEN));
    }
}
