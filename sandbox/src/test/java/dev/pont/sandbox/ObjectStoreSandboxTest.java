package dev.pont.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.sandbox.local.LocalRun;
import dev.pont.sandbox.local.LocalSandboxes;
import dev.pont.sandbox.objectstore.AzureBlobStore;
import dev.pont.sandbox.objectstore.ObjectStoreProbes;
import dev.pont.sandbox.objectstore.S3ObjectStore;
import dev.pont.sandbox.probe.Outcome;
import dev.pont.sandbox.probe.ProbeResult;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The object-store probes against Azurite and s3proxy, set up from health-data's intent for
 * {@code datasets} (versioned, private, encrypted with a customer-managed key): what passes, what
 * the stand-ins cannot show, and negative runs where each violation is caught.
 */
class ObjectStoreSandboxTest {
    static LocalSandboxes sandboxes;
    static LocalRun local;

    @BeforeAll
    static void sandboxes() {
        sandboxes = Sandboxes.require();
        local = new LocalRun(sandboxes);
    }

    static ObjectStoreSpec datasets(String target) {
        return Intent.of(Sandboxes.plan("health-data", target)).objectStores().get("datasets");
    }

    static Map<String, ProbeResult> byProbe(List<ProbeResult> results) {
        return results.stream().collect(Collectors.toMap(ProbeResult::probe, Function.identity()));
    }

    @Test
    void azureBlobOnAzuriteMeetsTheIntentAndSaysItCannotShowVersioning() {
        ObjectStoreSpec intent = datasets("azure");
        assertThat(intent.versioned()).isTrue();
        var results = byProbe(local.probe(Sandboxes.plan("health-data", "azure"), Sandboxes.runId()).stream()
                .filter(r -> r.resource().equals("datasets")).toList());

        assertThat(results.keySet()).containsExactlyInAnyOrder("round-trip", "versioning", "encryption-at-rest", "anonymous-access-denied", "tls-only");
        assertThat(results.get("round-trip").outcome()).as("%s", results.get("round-trip")).isEqualTo(Outcome.PASSED);
        assertThat(results.get("versioning").outcome()).as("%s", results.get("versioning")).as("a missing feature of a stand-in is never a pass").isEqualTo(Outcome.NOT_VERIFIABLE);
        assertThat(results.get("versioning").observed()).contains("Azurite");
        assertThat(results.get("anonymous-access-denied").outcome()).as("%s", results.get("anonymous-access-denied")).isEqualTo(Outcome.PASSED);
        assertThat(results.get("tls-only").outcome()).as("%s", results.get("tls-only")).isEqualTo(Outcome.PASSED);
        assertThat(results.get("encryption-at-rest").outcome()).as("%s", results.get("encryption-at-rest")).isEqualTo(Outcome.NOT_VERIFIABLE);
        assertThat(results.get("encryption-at-rest").observed()).contains("Azurite keeps blobs in memory unencrypted");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ovhcloud", "outscale", "s3ns"})
    void s3OnS3proxyMeetsTheIntentAndReportsWhatItDoesNotImplement(String target) {
        // s3proxy 4.1.0's transient store keeps versions (the shared notes say 501) and reports AES256 without encrypting.
        var results = byProbe(local.probe(Sandboxes.plan("health-data", target), Sandboxes.runId()).stream()
                .filter(r -> r.resource().equals("datasets")).toList());

        assertThat(results.get("round-trip").outcome()).as("%s", results.get("round-trip")).isEqualTo(Outcome.PASSED);
        assertThat(results.get("anonymous-access-denied").outcome()).as("%s", results.get("anonymous-access-denied")).isEqualTo(Outcome.PASSED);
        assertThat(results.get("tls-only").outcome()).as("%s", results.get("tls-only")).isEqualTo(Outcome.PASSED);
        assertThat(results.get("versioning").outcome()).as("%s", results.get("versioning")).isEqualTo(Outcome.PASSED);
        assertThat(results.get("versioning").observed()).contains("still readable after an overwrite").contains("versioning enabled");
        assertThat(results.get("encryption-at-rest").outcome()).as("%s", results.get("encryption-at-rest")).isEqualTo(Outcome.NOT_VERIFIABLE);
        assertThat(results.get("encryption-at-rest").observed()).contains("a write reports AES256, but s3proxy's transient store");
    }

    @Test
    void s3BucketWithVersioningOffIsCaught() {
        String run = Sandboxes.runId();
        try (S3ObjectStore store = new S3ObjectStore(sandboxes.s3Tls(), "us-east-1", LocalRun.containerName("unversioned", run),
                sandboxes.s3AccessKey(), sandboxes.s3SecretKey(), sandboxes.tls())) {
            store.ensureContainer(); // versioning never enabled, although the intent asks for it
            var results = byProbe(local.probes("outscale").run("datasets", datasets("outscale"), store, run));
            assertThat(results.get("round-trip").outcome()).isEqualTo(Outcome.PASSED);
            assertThat(results.get("versioning").outcome()).as("%s", results.get("versioning")).isEqualTo(Outcome.FAILED);
        }
    }

    @Test
    void s3BucketWithVersioningSuspendedIsCaught() {
        String run = Sandboxes.runId();
        try (S3ObjectStore store = new S3ObjectStore(sandboxes.s3Tls(), "us-east-1", LocalRun.containerName("suspended", run),
                sandboxes.s3AccessKey(), sandboxes.s3SecretKey(), sandboxes.tls())) {
            store.ensureContainer();
            store.enableVersioning(true);
            store.enableVersioning(false);
            var results = byProbe(local.probes("outscale").run("datasets", datasets("outscale"), store, run));
            assertThat(results.get("versioning").outcome()).as("%s", results.get("versioning")).isEqualTo(Outcome.FAILED);
        }
    }

    @Test
    void anonymousReadOnAzuriteIsCaught() {
        ObjectStoreSpec intent = datasets("azure");
        String run = Sandboxes.runId();
        try (AzureBlobStore store = new AzureBlobStore(sandboxes.azuriteTls(), LocalSandboxes.AZURITE_ACCOUNT, LocalSandboxes.AZURITE_KEY,
                LocalRun.containerName("public", run), sandboxes.tls())) {
            store.ensureContainer();
            store.allowAnonymousRead();
            var results = byProbe(local.probes("azure").run("datasets", intent, store, run));
            assertThat(results.get("anonymous-access-denied").outcome()).as("%s", results.get("anonymous-access-denied")).isEqualTo(Outcome.FAILED);
            assertThat(results.get("anonymous-access-denied").observed()).contains("HTTP 200");
        }
    }

    @Test
    void plainHttpAzuriteIsCaught() {
        String run = Sandboxes.runId();
        try (AzureBlobStore store = new AzureBlobStore(sandboxes.azuritePlain(), LocalSandboxes.AZURITE_ACCOUNT, LocalSandboxes.AZURITE_KEY,
                LocalRun.containerName("plain", run), sandboxes.tls())) {
            var results = byProbe(local.probes("azure").run("datasets", datasets("azure"), store, run));
            assertThat(results.get("round-trip").outcome()).as("%s", results.get("round-trip")).isEqualTo(Outcome.PASSED);
            assertThat(results.get("tls-only").outcome()).as("%s", results.get("tls-only")).isEqualTo(Outcome.FAILED);
            assertThat(results.get("tls-only").observed()).contains("plain HTTP at http://127.0.0.1");
        }
    }

    @Test
    void s3WithoutAuthorizationOverPlainHttpIsCaughtTwice() {
        String run = Sandboxes.runId();
        try (S3ObjectStore store = new S3ObjectStore(sandboxes.s3Plain(), "us-east-1", LocalRun.containerName("lax", run),
                "anyone", "anything", sandboxes.tls())) {
            var results = byProbe(new ObjectStoreProbes(sandboxes.s3Plain(), Map.of()).run("datasets", datasets("outscale"), store, run));
            assertThat(results.get("round-trip").outcome()).as("%s", results.get("round-trip")).isEqualTo(Outcome.PASSED);
            assertThat(results.get("anonymous-access-denied").outcome()).as("%s", results.get("anonymous-access-denied")).isEqualTo(Outcome.FAILED);
            assertThat(results.get("tls-only").outcome()).as("%s", results.get("tls-only")).isEqualTo(Outcome.FAILED);
        }
    }

    @Test
    void tlsOnlyProbeCatchesAPlainListThatSucceeds() {
        // The TLS endpoint is fine, but the store also answers the same credentials over plain HTTP elsewhere.
        String run = Sandboxes.runId();
        try (S3ObjectStore store = new S3ObjectStore(sandboxes.s3Tls(), "us-east-1", LocalRun.containerName("both", run),
                sandboxes.s3AccessKey(), sandboxes.s3SecretKey(), sandboxes.tls());
             S3ObjectStore twin = new S3ObjectStore(sandboxes.s3Plain(), "us-east-1", LocalRun.containerName("both", run), "a", "b", sandboxes.tls())) {
            twin.ensureContainer();
            var results = byProbe(new ObjectStoreProbes(sandboxes.s3Plain(), Map.of()).run("datasets", datasets("outscale"), store, run));
            assertThat(results.get("tls-only").outcome()).as("%s", results.get("tls-only")).isEqualTo(Outcome.FAILED);
            assertThat(results.get("tls-only").observed()).contains("succeeded");
        }
    }

    @Test
    void wrongCredentialsFailTheRoundTripAndNothingElseIsClaimed() {
        String run = Sandboxes.runId();
        try (S3ObjectStore store = new S3ObjectStore(sandboxes.s3Tls(), "us-east-1", LocalRun.containerName("denied", run),
                sandboxes.s3AccessKey(), "not-the-secret", sandboxes.tls())) {
            List<ProbeResult> results = new ObjectStoreProbes(null, Map.of()).run("datasets", datasets("outscale"), store, run);
            assertThat(results).first().extracting(ProbeResult::outcome).isEqualTo(Outcome.FAILED);
            assertThat(results.subList(1, results.size())).extracting(ProbeResult::outcome).containsOnly(Outcome.NOT_VERIFIABLE);
            assertThat(results.toString()).doesNotContain("not-the-secret").doesNotContain(sandboxes.s3SecretKey());
        }
    }
}
