package dev.pont.sandbox.objectstore;

import java.util.List;
import java.util.Optional;

/**
 * The data-plane operations the object-store probes need, over one bucket (S3) or container
 * (Azure Blob). Implementations throw {@link dev.pont.sandbox.probe.Unsupported} where the
 * endpoint answers that it does not implement an operation.
 */
public interface ObjectStoreApi extends AutoCloseable {

    /** What a write returned: the version id (null when the store keeps none) and the encryption it reported (null when none). */
    record Written(String versionId, String encryption) {}

    /** Creates the bucket/container if missing (local sandboxes; a deployed one already exists). */
    void ensureContainer();

    Written put(String key, byte[] data);

    byte[] get(String key);

    /** A given version's content, or empty if the store no longer has it. */
    Optional<byte[]> getVersion(String key, String versionId);

    List<String> list(String prefix);

    void delete(String key);

    /** Removes every object (and version) under the prefix: the probe cleans up after itself. */
    void purge(String prefix);

    /** Whether the store says versioning is on; empty when its data plane cannot say. */
    Optional<Boolean> versioningEnabled();

    /** The default encryption the store reports for the container; empty when its data plane cannot say. */
    Optional<String> defaultEncryption();

    /** HTTP status of an unauthenticated GET of the object. */
    int anonymousGet(String key);

    /** Lists the container over the given plain-HTTP URL with valid credentials; throws if refused. */
    void listOverPlainHttp(String plainUrl);

    /** The endpoint's HTTPS URL, for reports. */
    String endpoint();

    String container();

    @Override
    void close();
}
