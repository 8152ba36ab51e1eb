package dev.pont.sandbox.objectstore;

import dev.pont.sandbox.probe.Tls;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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

    /** The HTTP status of a GET without credentials of {@code endpoint/container/key} (what an anonymous reader gets). */
    static int anonymousStatus(String endpoint, String container, String key, Tls tls) {
        String url = endpoint.replaceAll("/+$", "") + "/" + container + "/" + key;
        HttpClient client = HttpClient.newBuilder().sslContext(tls.sslContext()).connectTimeout(Duration.ofSeconds(5)).build();
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("anonymous GET " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
