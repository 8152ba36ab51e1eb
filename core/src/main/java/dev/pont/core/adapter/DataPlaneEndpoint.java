package dev.pont.core.adapter;

import com.pulumi.core.Output;
import java.util.Map;
import java.util.TreeMap;

/**
 * The endpoint shapes {@link DataPlaneEndpoints} gives, as the sandbox's live probes read them:
 * {@code {kind: "s3", url, region, bucket}}, {@code {kind: "azure-blob", url, account, container}},
 * {@code {kind: "postgres", host, port, database[, user]}}. A URL is the service endpoint (scheme and
 * host), never a bucket URL. Values are plain; keys are sorted, so the output is deterministic.
 */
public final class DataPlaneEndpoint {
    public static final String S3 = "s3";
    public static final String AZURE_BLOB = "azure-blob";
    public static final String POSTGRES = "postgres";

    private DataPlaneEndpoint() {}

    /** An S3-compatible service endpoint (path-style), the signing region and the bucket name. */
    public static Output<Map<String, Object>> s3(Output<String> url, Output<String> region, Output<String> bucket) {
        return Output.tuple(url, region, bucket).applyValue(t -> fields(S3, "url", t.t1, "region", t.t2, "bucket", t.t3));
    }

    /**
     * An Azure Blob service endpoint ({@code https://<account>.blob.core.windows.net}; a trailing
     * slash is dropped), the storage account and the container.
     */
    public static Output<Map<String, Object>> azureBlob(Output<String> url, Output<String> account, String container) {
        return Output.tuple(url, account).applyValue(t -> fields(AZURE_BLOB, "url", t.t1.replaceFirst("/+$", ""),
                "account", t.t2, "container", container));
    }

    /**
     * A PostgreSQL server: host, port, database and the login user when the deployment fixes one
     * ({@code null} or empty: logins are cloud identities the operator chooses, e.g. Entra ID or
     * Cloud SQL IAM users).
     */
    public static Output<Map<String, Object>> postgres(Output<String> host, Output<Integer> port, Output<String> database, Output<String> user) {
        return Output.tuple(host, port, database, user == null ? Output.of("") : user).applyValue(t -> {
            Map<String, Object> f = fields(POSTGRES, "host", t.t1, "port", t.t2, "database", t.t3);
            if (t.t4 != null && !t.t4.isEmpty()) {
                f.put("user", t.t4);
            }
            return f;
        });
    }

    private static Map<String, Object> fields(String kind, Object... pairs) {
        Map<String, Object> f = new TreeMap<>();
        f.put("kind", kind);
        for (int i = 0; i < pairs.length; i += 2) {
            f.put((String) pairs[i], pairs[i + 1]);
        }
        return f;
    }
}
