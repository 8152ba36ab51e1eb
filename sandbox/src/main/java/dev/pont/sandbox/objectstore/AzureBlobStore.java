package dev.pont.sandbox.objectstore;

import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.util.BinaryData;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.BlobListDetails;
import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.models.BlockBlobItem;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.azure.storage.blob.models.PublicAccessType;
import com.azure.storage.blob.options.BlockBlobSimpleUploadOptions;
import com.azure.storage.common.StorageSharedKeyCredential;
import dev.pont.sandbox.probe.Tls;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A blob container through the Azure Storage SDK (shared-key credential). Versioning and the
 * account's encryption settings live on the management plane, so this data plane can only show
 * them through what a write returns (version id, {@code x-ms-request-server-encrypted}).
 */
public final class AzureBlobStore implements ObjectStoreApi {
    private final String endpoint;
    private final String containerName;
    private final StorageSharedKeyCredential credential;
    private final Tls tls;
    private final BlobContainerClient container;

    /** {@code endpoint}: {@code https://<account>.blob.core.windows.net}, or Azurite's {@code https://127.0.0.1:<port>/<account>}. */
    public AzureBlobStore(String endpoint, String account, String key, String containerName, Tls tls) {
        this.endpoint = endpoint;
        this.containerName = containerName;
        this.credential = new StorageSharedKeyCredential(account, key);
        this.tls = tls;
        this.container = client(endpoint);
    }

    private BlobContainerClient client(String url) {
        HttpClient http = new JdkHttpClientBuilder(java.net.http.HttpClient.newBuilder().sslContext(tls.sslContext())
                .connectTimeout(Duration.ofSeconds(5))).build();
        return new BlobServiceClientBuilder().endpoint(url).credential(credential).httpClient(http)
                .retryOptions(new com.azure.storage.common.policy.RequestRetryOptions(null, 1, (Integer) null, null, null, null))
                .buildClient().getBlobContainerClient(containerName);
    }

    @Override
    public void ensureContainer() {
        container.createIfNotExists();
    }

    /** Local sandboxes only: make blobs world-readable (a violation for negative runs). */
    public void allowAnonymousRead() {
        container.setAccessPolicy(PublicAccessType.BLOB, null);
    }

    @Override
    public Written put(String key, byte[] data) {
        BlockBlobItem item = container.getBlobClient(key).getBlockBlobClient()
                .uploadWithResponse(new BlockBlobSimpleUploadOptions(BinaryData.fromBytes(data)), null, null).getValue();
        String encryption = Boolean.TRUE.equals(item.isServerEncrypted())
                ? (item.getEncryptionScope() != null ? "encryption scope " + item.getEncryptionScope() : "server-encrypted")
                : null;
        return new Written(item.getVersionId(), encryption);
    }

    @Override
    public byte[] get(String key) {
        return container.getBlobClient(key).downloadContent().toBytes();
    }

    @Override
    public Optional<byte[]> getVersion(String key, String versionId) {
        try {
            return Optional.of(container.getBlobClient(key).getVersionClient(versionId).downloadContent().toBytes());
        } catch (BlobStorageException e) {
            if (e.getStatusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public List<String> list(String prefix) {
        return container.listBlobs(new ListBlobsOptions().setPrefix(prefix), null).stream().map(BlobItem::getName).sorted().toList();
    }

    @Override
    public void delete(String key) {
        container.getBlobClient(key).delete();
    }

    @Override
    public void purge(String prefix) {
        ListBlobsOptions all = new ListBlobsOptions().setPrefix(prefix).setDetails(new BlobListDetails().setRetrieveVersions(true));
        for (BlobItem item : container.listBlobs(all, null)) {
            var blob = item.getVersionId() == null ? container.getBlobClient(item.getName())
                    : container.getBlobClient(item.getName()).getVersionClient(item.getVersionId());
            try {
                blob.delete();
            } catch (BlobStorageException e) {
                if (e.getStatusCode() != 404) {
                    throw e;
                }
            }
        }
    }

    @Override
    public Optional<Boolean> versioningEnabled() {
        return Optional.empty();
    }

    @Override
    public Optional<String> defaultEncryption() {
        return Optional.empty();
    }

    @Override
    public int anonymousGet(String key) {
        return ObjectStoreApi.anonymousStatus(endpoint, containerName, key, tls);
    }

    @Override
    public void listOverPlainHttp(String plainUrl) {
        client(plainUrl).listBlobs(new ListBlobsOptions().setMaxResultsPerPage(1), null).iterator().hasNext();
    }

    @Override
    public String endpoint() {
        return endpoint;
    }

    @Override
    public String container() {
        return containerName;
    }

    @Override
    public void close() {
        // The SDK's clients hold no resources beyond the shared JDK HttpClient.
    }
}
