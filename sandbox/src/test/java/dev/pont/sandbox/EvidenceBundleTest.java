package dev.pont.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import dev.pont.sandbox.evidence.EvidenceBundle;
import dev.pont.sandbox.probe.ProbeResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence bundle: its shape (golden file), the digests it claims, byte-identical output. */
class EvidenceBundleTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/evidence.starter.outscale.json");
    static final Instant START = Instant.parse("2026-11-28T17:00:00Z");
    static final Instant END = Instant.parse("2026-11-28T17:00:04Z");
    static final Map<String, String> TOOLS = Map.of("pont", "0.1.0", "pulumi-java-sdk", "1.36.1", "java", "17");
    static final List<ProbeResult> PROBES = List.of(
            ProbeResult.passed("files", "object-store", "round-trip", "put, get, list and delete succeed", "put/get/list/delete in files-r1 at https://127.0.0.1:10102"),
            ProbeResult.notVerifiable("files", "object-store", "encryption-at-rest", "server-side encryption reported", "s3proxy keeps objects in memory"),
            ProbeResult.failed("files", "object-store", "anonymous-access-denied", "an unauthenticated GET is refused", "an unauthenticated GET read the object (HTTP 200)"));

    static Plan plan() {
        return Sandboxes.plan("starter", "outscale");
    }

    @Test
    void theBundleMatchesItsGoldenFile(@TempDir Path dir) throws Exception {
        EvidenceBundle.write(dir, "local", "local", plan(), TOOLS, List.of("aws@6.83.0"), PROBES, START, END);
        String json = Files.readString(dir.resolve(EvidenceBundle.FILE));
        if (Boolean.getBoolean("pont.golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, json);
        }
        assertThat(json).as("regenerate with -Dpont.golden.update=true").isEqualTo(Files.readString(GOLDEN));
    }

    @Test
    void everyArtefactHashAndThePlanDigestMatchTheFilesWritten(@TempDir Path dir) throws Exception {
        EvidenceBundle bundle = EvidenceBundle.write(dir, "local", "local", plan(), TOOLS, List.of(), PROBES, START, END);
        JsonNode doc = Json.mapper().readTree(dir.resolve(EvidenceBundle.FILE).toFile());
        assertThat(doc.get("artefacts")).hasSize(2);
        for (JsonNode a : doc.get("artefacts")) {
            byte[] bytes = Files.readAllBytes(dir.resolve(a.get("file").asText()));
            assertThat(a.get("sha256").asText()).isEqualTo(EvidenceBundle.sha256(bytes));
        }
        assertThat(doc.get("planDigest").asText())
                .isEqualTo(EvidenceBundle.sha256(EvidenceBundle.canonical(plan()).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(EvidenceBundle.sha256(Files.readAllBytes(dir.resolve("plan.json"))));
        assertThat(doc.get("summary").toString()).isEqualTo("{\"failed\":1,\"not-verifiable\":1,\"passed\":1}");
        assertThat(doc.get("startedAt").asText()).isEqualTo("2026-11-28T17:00:00Z");
        assertThat(bundle.failed()).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("evidence.json", "plan.json", "probes.json");
        }
    }

    @Test
    void theSameRunGivesByteIdenticalBundles(@TempDir Path dir) throws Exception {
        EvidenceBundle.write(dir.resolve("a"), "local", "local", plan(), TOOLS, List.of(), PROBES, START, END);
        EvidenceBundle.write(dir.resolve("b"), "local", "local", plan(), TOOLS, List.of(), List.of(PROBES.get(2), PROBES.get(0), PROBES.get(1)), START, END);
        assertThat(Files.readString(dir.resolve("a/evidence.json"))).isEqualTo(Files.readString(dir.resolve("b/evidence.json")));
    }

    @Test
    void theToolVersionsComeFromTheBuild() {
        assertThat(dev.pont.sandbox.evidence.Versions.tools()).containsEntry("pulumi-java-sdk", "1.36.1").containsEntry("pont", "0.1.0-SNAPSHOT")
                .containsEntry("aws-sdk-java-v2", "2.57.8").containsEntry("postgresql-jdbc", "42.7.14").containsKey("azure-storage-blob");
    }
}
