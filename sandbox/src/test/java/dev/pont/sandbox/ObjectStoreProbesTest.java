package dev.pont.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.sandbox.objectstore.ObjectStoreApi;
import dev.pont.sandbox.objectstore.ObjectStoreProbes;
import dev.pont.sandbox.probe.Outcome;
import dev.pont.sandbox.probe.ProbeResult;
import dev.pont.sandbox.probe.Unsupported;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The judgements no local stand-in can drive (a real store that reports no encryption, a store
 * whose data plane gives no version ids and declares no gap), on an in-memory store.
 */
class ObjectStoreProbesTest {

    /** An in-memory store whose behaviour each test sets. */
    static final class MemoryStore implements ObjectStoreApi {
        final Map<String, byte[]> objects = new TreeMap<>();
        String encryption;
        Optional<String> defaultEncryption = Optional.of("none");
        boolean encryptionSettingsUnsupported;
        boolean keepsVersions;
        final Map<String, byte[]> versions = new TreeMap<>();
        int version;

        @Override public void ensureContainer() {}
        @Override public Written put(String key, byte[] data) {
            objects.put(key, data);
            String id = keepsVersions ? "v" + (++version) : null;
            if (id != null) {
                versions.put(id, data);
            }
            return new Written(id, encryption);
        }
        @Override public byte[] get(String key) { return objects.get(key); }
        @Override public Optional<byte[]> getVersion(String key, String versionId) { return Optional.ofNullable(versions.get(versionId)); }
        @Override public List<String> list(String prefix) { return new ArrayList<>(objects.keySet().stream().filter(k -> k.startsWith(prefix)).toList()); }
        @Override public void delete(String key) { objects.remove(key); }
        @Override public void purge(String prefix) { objects.keySet().removeIf(k -> k.startsWith(prefix)); }
        @Override public Optional<Boolean> versioningEnabled() { return Optional.of(keepsVersions); }
        @Override public Optional<String> defaultEncryption() {
            if (encryptionSettingsUnsupported) {
                throw new Unsupported("GetBucketEncryption answered 501 Not Implemented");
            }
            return defaultEncryption;
        }
        @Override public int anonymousGet(String key) { return 403; }
        @Override public void listOverPlainHttp(String plainUrl) { throw new IllegalStateException("Connection refused"); }
        @Override public String endpoint() { return "https://store.example"; }
        @Override public String container() { return "bucket"; }
        @Override public void close() {}
    }

    static Map<String, ProbeResult> run(MemoryStore store, Map<String, String> gaps) {
        return new ObjectStoreProbes("http://store.example", gaps).run("datasets", ObjectStoreSpec.privateStore(), store, "r1").stream()
                .collect(Collectors.toMap(ProbeResult::probe, Function.identity()));
    }

    @Test
    void aStoreThatReportsNoEncryptionFails() {
        MemoryStore store = new MemoryStore();
        store.keepsVersions = true;
        var results = run(store, Map.of());
        assertThat(results.get("encryption-at-rest").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(results.get("encryption-at-rest").observed()).isEqualTo("writes report no server-side encryption and no default encryption is set");
        assertThat(results.get("versioning").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(store.objects).as("the probe removes what it wrote").isEmpty();
    }

    @Test
    void aStoreThatCannotShowEncryptionSettingsIsNotVerifiable() {
        MemoryStore store = new MemoryStore();
        store.encryptionSettingsUnsupported = true;
        var results = run(store, Map.of());
        assertThat(results.get("encryption-at-rest").outcome()).isEqualTo(Outcome.NOT_VERIFIABLE);
        assertThat(results.get("encryption-at-rest").observed()).contains("501");
    }

    @Test
    void reportedEncryptionPassesOnARealStoreButNotOnAStandInThatDeclaresItCannotEncrypt() {
        MemoryStore store = new MemoryStore();
        store.encryption = "aws:kms";
        assertThat(run(store, Map.of()).get("encryption-at-rest").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(run(store, Map.of(ObjectStoreProbes.ENCRYPTION, "in memory")).get("encryption-at-rest").outcome()).isEqualTo(Outcome.NOT_VERIFIABLE);
    }

    @Test
    void noVersionIdsFailUnlessTheStandInDeclaresThatGap() {
        MemoryStore store = new MemoryStore();
        assertThat(run(store, Map.of()).get("versioning").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(run(store, Map.of()).get("versioning").observed()).isEqualTo("writes return no version id (versioning not enabled)");
        assertThat(run(store, Map.of(ObjectStoreProbes.VERSIONING, "no versioning here")).get("versioning").outcome()).isEqualTo(Outcome.NOT_VERIFIABLE);
    }

    @Test
    void anUnknownPlainAddressLeavesTlsOnlyNotVerifiable() {
        var results = new ObjectStoreProbes(null, Map.of()).run("datasets", ObjectStoreSpec.privateStore(), new MemoryStore(), "r1");
        assertThat(results).filteredOn(r -> r.probe().equals("tls-only")).singleElement()
                .extracting(ProbeResult::outcome).isEqualTo(Outcome.NOT_VERIFIABLE);
    }

    @Test
    void aPublicStoreIsNotProbedForAnonymousAccessAndAnUnversionedOneNotForVersions() {
        ObjectStoreSpec open = ObjectStoreSpec.privateStore().versioned(false)
                .exposure(dev.pont.core.spec.Exposure.publicFrom(List.of(dev.pont.core.spec.Cidr.parse("0.0.0.0/0"))));
        var probes = new ObjectStoreProbes(null, Map.of()).run("web", open, new MemoryStore(), "r1").stream().map(ProbeResult::probe).toList();
        assertThat(probes).containsExactly("round-trip", "encryption-at-rest", "tls-only");
    }
}
