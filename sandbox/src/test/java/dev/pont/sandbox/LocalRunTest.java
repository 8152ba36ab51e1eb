package dev.pont.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Plan;
import dev.pont.sandbox.evidence.EvidenceBundle;
import dev.pont.sandbox.evidence.Versions;
import dev.pont.sandbox.local.LocalRun;
import dev.pont.sandbox.probe.Outcome;
import dev.pont.sandbox.probe.ProbeResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * health-data's whole intent probed on the local stand-ins per target, with its evidence bundle
 * left in {@code sandbox/target/sandbox-evidence/<target>/} (CI can keep it as an artefact).
 */
class LocalRunTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"azure", "ovhcloud", "outscale", "s3ns"})
    void healthDataMeetsItsIntentOnTheLocalStandInsAndLeavesEvidence(String target) throws Exception {
        LocalRun local = new LocalRun(Sandboxes.require());
        Plan plan = Sandboxes.plan("health-data", target);
        Instant start = Instant.now();
        List<ProbeResult> results = local.probe(plan, Sandboxes.runId());
        Path dir = Path.of("target/sandbox-evidence", target);
        EvidenceBundle bundle = EvidenceBundle.write(dir, "local", "local", plan, Versions.tools(), Versions.providers(target), results, start, Instant.now());

        assertThat(results).as("no probe may fail on a stand-in set up as the intent asks").noneMatch(r -> r.outcome() == Outcome.FAILED);
        assertThat(results).extracting(ProbeResult::resource).contains("datasets", "catalog");
        assertThat(results).filteredOn(r -> r.outcome() == Outcome.NOT_VERIFIABLE)
                .allSatisfy(r -> assertThat(r.observed()).as("a not-verifiable probe says why").isNotBlank());
        assertThat(bundle.summary().get("passed")).isPositive();
        assertThat(Files.readString(dir.resolve("evidence.json"))).contains("\"target\" : \"" + target + "\"");
    }
}
