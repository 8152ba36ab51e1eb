package dev.pont.sandbox.objectstore;

import dev.pont.sandbox.probe.Tls;
import dev.pont.sandbox.probe.Unsupported;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * An S3 bucket through the AWS SDK for Java v2 (OVHcloud and Outscale object storage, S3NS's
 * interoperability API, local S3-compatible servers): path-style addressing, static
 * credentials, checksums only when required (S3-compatible stores do not all know the newer ones).
 */
public final class S3ObjectStore implements ObjectStoreApi {
    private final String endpoint;
    private final String bucket;
    private final String region;
    private final AwsBasicCredentials credentials;
    private final Tls tls;
    private final SdkHttpClient http;
    private final S3Client s3;

    public S3ObjectStore(String endpoint, String region, String bucket, String accessKey, String secretKey, Tls tls) {
        this.endpoint = endpoint;
        this.bucket = bucket;
        this.region = region;
        this.credentials = AwsBasicCredentials.create(accessKey, secretKey);
        this.tls = tls;
        this.http = UrlConnectionHttpClient.builder().tlsTrustManagersProvider(() -> tls.trustManagers().getTrustManagers())
                .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(20)).build();
        this.s3 = client(endpoint);
    }

    private S3Client client(String url) {
        return S3Client.builder().endpointOverride(URI.create(url)).region(Region.of(region)).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(credentials)).httpClient(http)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(c -> c.retryStrategy(b -> b.maxAttempts(1)))
                .build();
    }

    @Override
    public void ensureContainer() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            s3.createBucket(b -> b.bucket(bucket));
        }
    }

    /** Local sandboxes only: set up what the intent asks, as a deployment would. */
    public void enableVersioning(boolean on) {
        unsupportedOn501("PutBucketVersioning", () -> s3.putBucketVersioning(b -> b.bucket(bucket)
                .versioningConfiguration(v -> v.status(on ? BucketVersioningStatus.ENABLED : BucketVersioningStatus.SUSPENDED))));
    }

    /** Local sandboxes only: make the bucket world-readable (a violation for negative runs). */
    public void allowAnonymousRead() {
        s3.putBucketAcl(b -> b.bucket(bucket).acl(software.amazon.awssdk.services.s3.model.BucketCannedACL.PUBLIC_READ));
    }

    @Override
    public Written put(String key, byte[] data) {
        PutObjectResponse r = s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(data));
        String sse = r.serverSideEncryption() == null ? null : r.serverSideEncryptionAsString();
        return new Written(r.versionId() == null || "null".equals(r.versionId()) ? null : r.versionId(), sse);
    }

    @Override
    public byte[] get(String key) {
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
    }

    @Override
    public Optional<byte[]> getVersion(String key, String versionId) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key).versionId(versionId)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public List<String> list(String prefix) {
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream().map(S3Object::key).sorted().toList();
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(b -> b.bucket(bucket).key(key));
    }

    @Override
    public void purge(String prefix) {
        List<ObjectVersion> versions = new ArrayList<>();
        try {
            s3.listObjectVersionsPaginator(b -> b.bucket(bucket).prefix(prefix)).versions().forEach(versions::add);
            for (ObjectVersion v : versions) {
                s3.deleteObject(b -> b.bucket(bucket).key(v.key()).versionId(v.versionId()));
            }
            s3.listObjectVersionsPaginator(b -> b.bucket(bucket).prefix(prefix)).deleteMarkers()
                    .forEach(m -> s3.deleteObject(b -> b.bucket(bucket).key(m.key()).versionId(m.versionId())));
        } catch (S3Exception e) {
            if (e.statusCode() != 501) {
                throw e;
            }
        }
        list(prefix).forEach(this::delete);
    }

    @Override
    public Optional<Boolean> versioningEnabled() {
        return Optional.of(unsupportedOn501("GetBucketVersioning",
                () -> s3.getBucketVersioning(b -> b.bucket(bucket)).status() == BucketVersioningStatus.ENABLED));
    }

    @Override
    public Optional<String> defaultEncryption() {
        try {
            return Optional.of(unsupportedOn501("GetBucketEncryption", () -> s3.getBucketEncryption(b -> b.bucket(bucket))
                    .serverSideEncryptionConfiguration().rules().get(0).applyServerSideEncryptionByDefault().sseAlgorithmAsString()));
        } catch (S3Exception e) {
            if ("ServerSideEncryptionConfigurationNotFoundError".equals(e.awsErrorDetails().errorCode())) {
                return Optional.of("none");
            }
            throw e;
        }
    }

    @Override
    public int anonymousGet(String key) {
        return ObjectStoreApi.anonymousStatus(endpoint, bucket, key, tls);
    }

    @Override
    public void listOverPlainHttp(String plainUrl) {
        try (S3Client plain = client(plainUrl)) {
            plain.listObjectsV2(b -> b.bucket(bucket).maxKeys(1));
        }
    }

    @Override
    public String endpoint() {
        return endpoint;
    }

    @Override
    public String container() {
        return bucket;
    }

    @Override
    public void close() {
        s3.close();
        http.close();
    }

    private static <T> T unsupportedOn501(String operation, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (S3Exception e) {
            if (e.statusCode() == 501) {
                throw new Unsupported(operation + " answered 501 Not Implemented");
            }
            throw e;
        }
    }

    private static void unsupportedOn501(String operation, Runnable call) {
        unsupportedOn501(operation, () -> {
            call.run();
            return null;
        });
    }
}
