package dev.pont.sandbox.objectstore;

import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.sandbox.probe.ProbeResult;
import dev.pont.sandbox.probe.Unsupported;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The object-store probe suite: what an {@link ObjectStoreSpec} promises, checked through the
 * store's data plane. Objects are written under {@code pont-probe/<run>/} and removed afterwards.
 *
 * @param plainUrl the address a plain-HTTP client would use for this store (null: unknown, the TLS-only probe cannot conclude)
 * @param gaps     features a local stand-in is known to lack, with why (e.g. Azurite: versioning); such a
 *                 probe is "not verifiable here" when the store shows nothing, never a pass
 */
public record ObjectStoreProbes(String plainUrl, Map<String, String> gaps) {
    public static final String SERVICE = "object-store";
    public static final String VERSIONING = "versioning";
    public static final String ENCRYPTION = "encryption";

    public ObjectStoreProbes {
        gaps = gaps == null ? Map.of() : Map.copyOf(gaps);
    }

    public List<ProbeResult> run(String resource, ObjectStoreSpec intent, ObjectStoreApi store, String runId) {
        String prefix = "pont-probe/" + runId + "/";
        List<ProbeResult> results = new ArrayList<>();
        try {
            ProbeResult roundTrip = roundTrip(resource, store, prefix);
            results.add(roundTrip);
            boolean reachable = roundTrip.outcome() == dev.pont.sandbox.probe.Outcome.PASSED;
            if (intent.versioned()) {
                results.add(reachable ? versioning(resource, store, prefix) : unreachable(resource, "versioning", "old versions kept after an overwrite"));
            }
            results.add(reachable ? encryption(resource, intent, store, prefix) : unreachable(resource, "encryption-at-rest", expectedEncryption(intent)));
            if (!intent.exposure().publicEndpoint()) {
                results.add(reachable ? anonymous(resource, store, prefix) : unreachable(resource, "anonymous-access-denied", "an unauthenticated GET is refused"));
            }
            results.add(reachable ? tlsOnly(resource, store) : unreachable(resource, "tls-only", "plain HTTP refused"));
        } finally {
            try {
                store.purge(prefix);
            } catch (RuntimeException e) {
                // Cleanup is best effort: a store that refused the probe's writes has nothing to purge.
            }
        }
        return results;
    }

    private ProbeResult roundTrip(String resource, ObjectStoreApi store, String prefix) {
        String expected = "put, get, list and delete succeed";
        try {
            store.ensureContainer();
            byte[] a = bytes("a"), b = bytes("b");
            store.put(prefix + "a", a);
            store.put(prefix + "b", b);
            if (!Arrays.equals(store.get(prefix + "a"), a)) {
                return ProbeResult.failed(resource, SERVICE, "round-trip", expected, "get returned other bytes than put");
            }
            List<String> listed = store.list(prefix);
            if (!listed.equals(List.of(prefix + "a", prefix + "b"))) {
                return ProbeResult.failed(resource, SERVICE, "round-trip", expected, "list returned " + listed);
            }
            store.delete(prefix + "a");
            List<String> after = store.list(prefix);
            if (!after.equals(List.of(prefix + "b"))) {
                return ProbeResult.failed(resource, SERVICE, "round-trip", expected, "after delete, list returned " + after);
            }
            return ProbeResult.passed(resource, SERVICE, "round-trip", expected,
                    "put/get/list/delete in " + store.container() + " at " + store.endpoint());
        } catch (RuntimeException e) {
            return ProbeResult.failed(resource, SERVICE, "round-trip", expected, failure(e));
        }
    }

    private ProbeResult versioning(String resource, ObjectStoreApi store, String prefix) {
        String expected = "old versions kept after an overwrite";
        String key = prefix + "versioned";
        try {
            Optional<Boolean> status;
            String statusNote;
            try {
                status = store.versioningEnabled();
                statusNote = status.map(on -> on ? "versioning enabled" : "versioning not enabled").orElse("versioning status not readable on this data plane");
            } catch (Unsupported u) {
                status = Optional.empty();
                statusNote = u.getMessage();
                if (!gaps.containsKey(VERSIONING)) {
                    return ProbeResult.notVerifiable(resource, SERVICE, "versioning", expected, "the endpoint does not implement versioning: " + u.getMessage());
                }
            }
            ObjectStoreApi.Written first = store.put(key, bytes("version 1"));
            store.put(key, bytes("version 2"));
            if (first.versionId() == null) {
                if (gaps.containsKey(VERSIONING)) {
                    return ProbeResult.notVerifiable(resource, SERVICE, "versioning", expected, gaps.get(VERSIONING));
                }
                return ProbeResult.failed(resource, SERVICE, "versioning", expected, "writes return no version id (" + statusNote + ")");
            }
            Optional<byte[]> old = store.getVersion(key, first.versionId());
            if (old.isEmpty() || !Arrays.equals(old.get(), bytes("version 1"))) {
                return ProbeResult.failed(resource, SERVICE, "versioning", expected, "version " + first.versionId() + " is gone after an overwrite (" + statusNote + ")");
            }
            if (status.isPresent() && !status.get()) {
                return ProbeResult.failed(resource, SERVICE, "versioning", expected, "the store says versioning is not enabled");
            }
            return ProbeResult.passed(resource, SERVICE, "versioning", expected, "version " + first.versionId() + " still readable after an overwrite (" + statusNote + ")");
        } catch (RuntimeException e) {
            return ProbeResult.failed(resource, SERVICE, "versioning", expected, failure(e));
        }
    }

    private ProbeResult encryption(String resource, ObjectStoreSpec intent, ObjectStoreApi store, String prefix) {
        String expected = expectedEncryption(intent);
        try {
            ObjectStoreApi.Written w = store.put(prefix + "encrypted", bytes("at rest"));
            if (gaps.containsKey(ENCRYPTION)) {
                return ProbeResult.notVerifiable(resource, SERVICE, "encryption-at-rest", expected,
                        (w.encryption() == null ? "writes report no encryption" : "a write reports " + w.encryption()) + ", but " + gaps.get(ENCRYPTION));
            }
            if (w.encryption() != null) {
                return ProbeResult.passed(resource, SERVICE, "encryption-at-rest", expected, "a write reports " + w.encryption());
            }
            Optional<String> byDefault;
            try {
                byDefault = store.defaultEncryption();
            } catch (Unsupported u) {
                return ProbeResult.notVerifiable(resource, SERVICE, "encryption-at-rest", expected,
                        "writes report no encryption and the endpoint does not implement encryption settings: " + u.getMessage());
            }
            if (byDefault.isPresent() && !"none".equals(byDefault.get())) {
                return ProbeResult.passed(resource, SERVICE, "encryption-at-rest", expected, "default encryption " + byDefault.get());
            }
            return ProbeResult.failed(resource, SERVICE, "encryption-at-rest", expected,
                    "writes report no server-side encryption" + byDefault.map(d -> " and no default encryption is set").orElse(""));
        } catch (RuntimeException e) {
            return ProbeResult.failed(resource, SERVICE, "encryption-at-rest", expected, failure(e));
        }
    }

    private ProbeResult anonymous(String resource, ObjectStoreApi store, String prefix) {
        String expected = "an unauthenticated GET is refused";
        try {
            store.put(prefix + "private", bytes("not for everyone"));
            int status = store.anonymousGet(prefix + "private");
            if (status >= 200 && status < 300) {
                return ProbeResult.failed(resource, SERVICE, "anonymous-access-denied", expected, "an unauthenticated GET read the object (HTTP " + status + ")");
            }
            return ProbeResult.passed(resource, SERVICE, "anonymous-access-denied", expected, "HTTP " + status);
        } catch (RuntimeException e) {
            return ProbeResult.failed(resource, SERVICE, "anonymous-access-denied", expected, failure(e));
        }
    }

    private ProbeResult tlsOnly(String resource, ObjectStoreApi store) {
        String expected = "plain HTTP refused";
        if (!store.endpoint().startsWith("https://")) {
            return ProbeResult.failed(resource, SERVICE, "tls-only", expected, "the store is served over plain HTTP at " + store.endpoint());
        }
        if (plainUrl == null) {
            return ProbeResult.notVerifiable(resource, SERVICE, "tls-only", expected, "no plain-HTTP address is known for this endpoint");
        }
        try {
            store.listOverPlainHttp(plainUrl);
            return ProbeResult.failed(resource, SERVICE, "tls-only", expected, "an authenticated list over " + plainUrl + " succeeded");
        } catch (RuntimeException e) {
            return ProbeResult.passed(resource, SERVICE, "tls-only", expected, "a list over " + plainUrl + " was refused: " + failure(e));
        }
    }

    private static ProbeResult unreachable(String resource, String probe, String expected) {
        return ProbeResult.notVerifiable(resource, SERVICE, probe, expected, "the round trip failed, so nothing else could be observed");
    }

    private static String expectedEncryption(ObjectStoreSpec intent) {
        return intent.encryptionKey() == null ? "server-side encryption reported"
                : "server-side encryption reported (intent: customer-managed key " + intent.encryptionKey().vault() + "/" + intent.encryptionKey().key() + ")";
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The first line of a failure, without request ids (they differ run to run). */
    static String failure(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && (root.getMessage() == null || root.getMessage().isBlank())) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = message.lines().findFirst().orElse("").replaceAll("(?i),?\\s*(request id|requestid|extended request id)[:=]\\s*[^,)\\s]+", "").trim();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
