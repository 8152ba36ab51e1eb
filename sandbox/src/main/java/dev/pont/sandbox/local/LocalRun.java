package dev.pont.sandbox.local;

import dev.pont.core.plan.Plan;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.sandbox.Intent;
import dev.pont.sandbox.database.PostgresEndpoint;
import dev.pont.sandbox.database.PostgresProbes;
import dev.pont.sandbox.objectstore.AzureBlobStore;
import dev.pont.sandbox.objectstore.ObjectStoreApi;
import dev.pont.sandbox.objectstore.ObjectStoreProbes;
import dev.pont.sandbox.objectstore.S3ObjectStore;
import dev.pont.sandbox.probe.ProbeResult;
import dev.pont.sandbox.probe.Unsupported;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The probes of a plan's intent against the local stand-ins: Azure Blob on Azurite, the S3 API
 * (OVHcloud, Outscale, S3NS interop) on s3proxy, PostgreSQL on a local 15 cluster. Each store is
 * set up as the intent asks (bucket, versioning) before it is probed, as a deployment would.
 */
public final class LocalRun {
    static final String AZURITE_NO_VERSIONING = "Azurite 3.37.0 implements no blob versioning (writes return no version id): "
            + "checkable only against a real storage account";
    static final String AZURITE_NO_ENCRYPTION = "Azurite keeps blobs in memory unencrypted whatever it reports: "
            + "checkable only against a real storage account";
    static final String S3PROXY_NO_ENCRYPTION = "s3proxy's transient store keeps objects in memory unencrypted whatever it reports: "
            + "checkable only against a real object store";
    static final String LOCAL_POSTGRES = "the local stand-in runs PostgreSQL 15 whatever the intent asks";

    private final LocalSandboxes sandboxes;

    public LocalRun(LocalSandboxes sandboxes) {
        this.sandboxes = sandboxes;
    }

    public List<ProbeResult> probe(Plan plan, String runId) {
        Intent intent = Intent.of(plan);
        List<ProbeResult> results = new ArrayList<>();
        for (Map.Entry<String, ObjectStoreSpec> e : new TreeMap<>(intent.objectStores()).entrySet()) {
            String container = containerName(e.getKey(), runId);
            try (ObjectStoreApi store = objectStore(plan.target(), container)) {
                try {
                    setUp(store, e.getValue());
                } catch (RuntimeException setUpFailed) {
                    // The round-trip probe reports a store that cannot be reached or created.
                }
                results.addAll(probes(plan.target()).run(e.getKey(), e.getValue(), store, runId));
            }
        }
        for (Map.Entry<String, DatabaseSpec> e : new TreeMap<>(intent.databases()).entrySet()) {
            results.addAll(new PostgresProbes(LOCAL_POSTGRES).run(e.getKey(), e.getValue(), postgres("pont", sandboxes.postgresPassword())));
        }
        return results;
    }

    public ObjectStoreApi objectStore(String target, String container) {
        return "azure".equals(target)
                ? new AzureBlobStore(sandboxes.azuriteTls(), LocalSandboxes.AZURITE_ACCOUNT, LocalSandboxes.AZURITE_KEY, container, sandboxes.tls())
                : new S3ObjectStore(sandboxes.s3Tls(), "us-east-1", container, sandboxes.s3AccessKey(), sandboxes.s3SecretKey(), sandboxes.tls());
    }

    /** The suite as configured for a target's stand-in: plain HTTP is tried on the TLS port; what the stand-in cannot show is declared. */
    public ObjectStoreProbes probes(String target) {
        if ("azure".equals(target)) {
            return new ObjectStoreProbes(plain(sandboxes.azuriteTls()), Map.of(ObjectStoreProbes.VERSIONING, AZURITE_NO_VERSIONING,
                    ObjectStoreProbes.ENCRYPTION, AZURITE_NO_ENCRYPTION));
        }
        return new ObjectStoreProbes(plain(sandboxes.s3Tls()), Map.of(ObjectStoreProbes.ENCRYPTION, S3PROXY_NO_ENCRYPTION));
    }

    public PostgresEndpoint postgres(String login, String password) {
        return new PostgresEndpoint(sandboxes.postgresHost(), sandboxes.postgresPort(), login, login, password, sandboxes.tls());
    }

    static void setUp(ObjectStoreApi store, ObjectStoreSpec intent) {
        store.ensureContainer();
        if (store instanceof S3ObjectStore s3 && intent.versioned()) {
            try {
                s3.enableVersioning(true);
            } catch (Unsupported u) {
                // The versioning probe reports what the stand-in lacks.
            }
        }
    }

    static String plain(String httpsUrl) {
        return httpsUrl.replaceFirst("^https://", "http://");
    }

    /** A bucket/container name valid on S3 and Azure: lowercase letters, digits and dashes, 3 to 63 characters. */
    public static String containerName(String resource, String runId) {
        String name = (resource + "-" + runId).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        return name.length() > 63 ? name.substring(0, 63) : name;
    }
}
