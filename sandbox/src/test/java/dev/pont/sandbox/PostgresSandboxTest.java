package dev.pont.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.spec.DatabaseSpec;
import dev.pont.sandbox.database.PostgresProbes;
import dev.pont.sandbox.local.LocalRun;
import dev.pont.sandbox.local.LocalSandboxes;
import dev.pont.sandbox.probe.Outcome;
import dev.pont.sandbox.probe.ProbeResult;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL probes against the local 15 cluster, from health-data's {@code catalog} intent
 * (PostgreSQL 16, TLS required): the application login {@code pont} is set up as the intent asks
 * (hostssl + SCRAM); the {@code lax} login (plain TCP, trust) is the violation negative runs must catch.
 */
class PostgresSandboxTest {
    static LocalSandboxes sandboxes;
    static LocalRun local;

    @BeforeAll
    static void sandboxes() {
        sandboxes = Sandboxes.require();
        local = new LocalRun(sandboxes);
    }

    static DatabaseSpec catalog() {
        return Intent.of(Sandboxes.plan("health-data", "ovhcloud")).databases().get("catalog");
    }

    static Map<String, ProbeResult> byProbe(List<ProbeResult> results) {
        return results.stream().collect(Collectors.toMap(ProbeResult::probe, Function.identity()));
    }

    @Test
    void theIntentsLoginMeetsItAndTheVersionIsNotClaimedOnAStandInOfAnotherMajor() {
        assertThat(catalog().version()).isEqualTo("16");
        var results = byProbe(local.probe(Sandboxes.plan("health-data", "ovhcloud"), Sandboxes.runId()).stream()
                .filter(r -> r.service().equals(PostgresProbes.SERVICE)).toList());

        assertThat(results.keySet()).containsExactlyInAnyOrder("tls-login", "version", "tls-required", "credentials-required");
        assertThat(results.get("tls-login").outcome()).as("%s", results.get("tls-login")).isEqualTo(Outcome.PASSED);
        assertThat(results.get("tls-required").outcome()).as("%s", results.get("tls-required")).isEqualTo(Outcome.PASSED);
        assertThat(results.get("credentials-required").outcome()).as("%s", results.get("credentials-required")).isEqualTo(Outcome.PASSED);
        assertThat(results.get("version").outcome()).isEqualTo(Outcome.NOT_VERIFIABLE);
        assertThat(results.get("version").observed()).contains("PostgreSQL 15").contains("server_version 15.");
        assertThat(results.toString()).doesNotContain(sandboxes.postgresPassword());
    }

    @Test
    void theVersionPassesWhenTheIntentAsksForWhatRuns() {
        DatabaseSpec fifteen = DatabaseSpec.postgres("15", catalog().size(), catalog().storageGiB());
        var results = byProbe(new PostgresProbes(null).run("catalog", fifteen, local.postgres("pont", sandboxes.postgresPassword())));
        assertThat(results.get("version").outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void anotherVersionThanAskedIsCaught() {
        DatabaseSpec fourteen = DatabaseSpec.postgres("14", catalog().size(), catalog().storageGiB());
        var results = byProbe(new PostgresProbes(null).run("catalog", fourteen, local.postgres("pont", sandboxes.postgresPassword())));
        assertThat(results.get("version").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(results.get("version").observed()).startsWith("server_version 15.");
    }

    @Test
    void aLoginWithoutTlsAndWithoutPasswordIsCaught() {
        var results = byProbe(new PostgresProbes(null).run("catalog", catalog(), local.postgres("lax", null)));
        assertThat(results.get("tls-required").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(results.get("tls-required").observed()).isEqualTo("logged in as lax without TLS");
        assertThat(results.get("credentials-required").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(results.get("credentials-required").observed()).isEqualTo("logged in as lax without a password");
    }

    @Test
    void aWrongPasswordFailsTheLoginAndTheVersionIsNotClaimed() {
        var results = byProbe(new PostgresProbes(null).run("catalog", catalog(), local.postgres("pont", "wrong-password")));
        assertThat(results.get("tls-login").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(results.get("version").outcome()).isEqualTo(Outcome.NOT_VERIFIABLE);
        assertThat(results.toString()).doesNotContain("wrong-password");
    }
}
