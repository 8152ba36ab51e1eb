package dev.pont.sandbox.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.adapter.DataPlaneEndpoints;
import dev.pont.core.preview.Preview;
import dev.pont.core.preview.PreviewConfig;
import dev.pont.sandbox.probe.Outcome;
import dev.pont.sandbox.probe.ProbeResult;
import dev.pont.stacks.StackRegistry;
import dev.pont.stacks.Targets;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The live probes fed the {@code pontEndpoints} output the preview of health-data exports on each
 * target. The fields (kinds, buckets, containers, databases, users) are the exported ones; only the
 * addresses point at a closed local port, since no cloud is reachable here: the probes then run and
 * fail to connect, instead of answering that no endpoint is exported.
 */
class LiveProbesTest {
    static final String NO_ENDPOINT = "exports no data-plane endpoint";
    static final Map<String, String> ENV = Map.of("PONT_PROBE_S3_ACCESS_KEY", "probe", "PONT_PROBE_S3_SECRET_KEY", "probe-secret",
            "PONT_PROBE_AZURE_STORAGE_KEY", "cHJvYmU=", "PONT_PROBE_PG_PASSWORD", "probe-password", "PONT_PROBE_PG_USER", "probe");
    static int closedPort;

    @BeforeAll
    static void closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
    }

    static Preview.Outcome healthData(String target) {
        Path config = Path.of(System.getProperty("pont.root.dir", "..")).resolve("Pulumi." + target + ".yaml");
        return Preview.outcome(StackRegistry.get("health-data"), Targets.create(target),
                Files.isRegularFile(config) ? PreviewConfig.load(config) : PreviewConfig.empty());
    }

    /** The exported endpoints with their addresses moved to a closed local port; every other field kept. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> unreachable(Map<String, Object> outputs) {
        Map<String, Object> endpoints = new TreeMap<>();
        ((Map<String, Map<String, Object>>) outputs.get(DataPlaneEndpoints.OUTPUT)).forEach((resource, fields) -> {
            Map<String, Object> moved = new LinkedHashMap<>(fields);
            if (moved.containsKey("url")) {
                moved.put("url", "http://127.0.0.1:" + closedPort);
            }
            if (moved.containsKey("host")) {
                moved.put("host", "127.0.0.1");
                moved.put("port", closedPort);
            }
            endpoints.put(resource, moved);
        });
        return Map.of(DataPlaneEndpoints.OUTPUT, endpoints);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"azure", "ovhcloud", "outscale", "s3ns"})
    void theExportedEndpointsAreProbed(String target) {
        Preview.Outcome outcome = healthData(target);
        List<ProbeResult> results = LiveProbes.run(outcome.plan(), unreachable(outcome.outputs()), ENV, "run-1");

        assertThat(results).filteredOn(r -> r.resource().equals("datasets")).extracting(ProbeResult::probe)
                .containsExactlyElementsOf(LiveProbes.OBJECT_STORE_PROBES);
        assertThat(results).filteredOn(r -> r.resource().equals("catalog")).extracting(ProbeResult::probe)
                .containsExactlyElementsOf(LiveProbes.DATABASE_PROBES);
        assertThat(results).allSatisfy(r -> assertThat(r.observed()).doesNotContain(NO_ENDPOINT, "names no login user"));
        // Nothing listens there: nothing can pass.
        assertThat(results).noneMatch(r -> r.outcome() == Outcome.PASSED);
        assertThat(results.toString()).doesNotContain("probe-secret", "probe-password");
    }

    @Test
    void withoutTheOutputEveryProbeSaysNoEndpointIsExported() {
        List<ProbeResult> results = LiveProbes.run(healthData("outscale").plan(), Map.of(), ENV, "run-1");
        assertThat(results).hasSize(LiveProbes.OBJECT_STORE_PROBES.size() + LiveProbes.DATABASE_PROBES.size())
                .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.NOT_VERIFIABLE))
                .allSatisfy(r -> assertThat(r.observed()).contains(NO_ENDPOINT));
    }

    @Test
    void aDatabaseWhoseLoginIsACloudIdentityNeedsTheUserFromTheEnvironment() {
        Preview.Outcome outcome = healthData("azure");
        Map<String, String> env = new TreeMap<>(ENV);
        env.remove("PONT_PROBE_PG_USER");
        List<ProbeResult> results = LiveProbes.run(outcome.plan(), unreachable(outcome.outputs()), env, "run-1");
        assertThat(results).filteredOn(r -> r.resource().equals("catalog")).hasSize(LiveProbes.DATABASE_PROBES.size())
                .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.NOT_VERIFIABLE))
                .allSatisfy(r -> assertThat(r.observed()).contains("names no login user", "PONT_PROBE_PG_USER"));
    }
}
