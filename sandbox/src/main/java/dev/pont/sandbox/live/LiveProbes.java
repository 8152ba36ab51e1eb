package dev.pont.sandbox.live;

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
import dev.pont.sandbox.probe.Tls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The probes against a deployed sandbox. Endpoints come from the stack output {@code pontEndpoints}
 * ({@code {<resource>: {kind: s3|azure-blob|postgres, ...}}}); data-plane credentials from the
 * environment ({@code PONT_PROBE_S3_ACCESS_KEY}/{@code PONT_PROBE_S3_SECRET_KEY}, {@code PONT_PROBE_AZURE_STORAGE_KEY},
 * {@code PONT_PROBE_PG_PASSWORD}, and {@code PONT_PROBE_PG_USER} when the endpoint names no user, e.g. an Entra ID or
 * IAM login; {@code PONT_PROBE_CA_CERT} to trust one PEM CA instead of the JVM's). A resource with no exported endpoint is not verifiable, each probe saying so.
 */
public final class LiveProbes {
    public static final String OUTPUT = "pontEndpoints";
    static final List<String> OBJECT_STORE_PROBES = List.of("round-trip", "versioning", "encryption-at-rest", "anonymous-access-denied", "tls-only");
    static final List<String> DATABASE_PROBES = List.of("tls-login", "version", "tls-required", "credentials-required");

    private LiveProbes() {}

    @SuppressWarnings("unchecked")
    public static List<ProbeResult> run(Plan plan, Map<String, Object> outputs, Map<String, String> env, String runId) {
        Intent intent = Intent.of(plan);
        Tls tls = env.containsKey("PONT_PROBE_CA_CERT") ? new Tls(java.nio.file.Path.of(env.get("PONT_PROBE_CA_CERT"))) : Tls.system();
        Map<String, Object> endpoints = outputs.get(OUTPUT) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        List<ProbeResult> results = new ArrayList<>();
        for (Map.Entry<String, ObjectStoreSpec> e : new TreeMap<>(intent.objectStores()).entrySet()) {
            if (!(endpoints.get(e.getKey()) instanceof Map<?, ?> ep)) {
                OBJECT_STORE_PROBES.forEach(p -> results.add(missing(e.getKey(), ObjectStoreProbes.SERVICE, p)));
                continue;
            }
            Map<String, Object> fields = (Map<String, Object>) ep;
            String url = str(fields, "url");
            try (ObjectStoreApi store = objectStore(fields, env, tls)) {
                results.addAll(new ObjectStoreProbes(url.replaceFirst("^https://", "http://"), Map.of()).run(e.getKey(), e.getValue(), store, runId));
            }
        }
        for (Map.Entry<String, DatabaseSpec> e : new TreeMap<>(intent.databases()).entrySet()) {
            if (!(endpoints.get(e.getKey()) instanceof Map<?, ?> ep)) {
                DATABASE_PROBES.forEach(p -> results.add(missing(e.getKey(), PostgresProbes.SERVICE, p)));
                continue;
            }
            Map<String, Object> f = (Map<String, Object>) ep;
            String user = f.get("user") != null ? f.get("user").toString() : env.get("PONT_PROBE_PG_USER");
            if (user == null || user.isEmpty()) {
                DATABASE_PROBES.forEach(p -> results.add(ProbeResult.notVerifiable(e.getKey(), PostgresProbes.SERVICE, p, "as the intent asks",
                        "the exported endpoint of " + e.getKey() + " names no login user (logins are cloud identities): set PONT_PROBE_PG_USER")));
                continue;
            }
            PostgresEndpoint pg = new PostgresEndpoint(str(f, "host"), port(f), str(f, "database"), user,
                    env.get("PONT_PROBE_PG_PASSWORD"), tls);
            results.addAll(new PostgresProbes(null).run(e.getKey(), e.getValue(), pg));
        }
        return results;
    }

    private static ObjectStoreApi objectStore(Map<String, Object> f, Map<String, String> env, Tls tls) {
        if ("azure-blob".equals(f.get("kind"))) {
            return new AzureBlobStore(str(f, "url"), str(f, "account"), env.getOrDefault("PONT_PROBE_AZURE_STORAGE_KEY", ""), str(f, "container"), tls);
        }
        return new S3ObjectStore(str(f, "url"), str(f, "region"), str(f, "bucket"), env.getOrDefault("PONT_PROBE_S3_ACCESS_KEY", ""),
                env.getOrDefault("PONT_PROBE_S3_SECRET_KEY", ""), tls);
    }

    private static ProbeResult missing(String resource, String service, String probe) {
        return ProbeResult.notVerifiable(resource, service, probe, "as the intent asks",
                "the stack exports no data-plane endpoint for " + resource + " (output " + OUTPUT + "): its adapter gives none");
    }

    /** A port as exported: a number (JSON outputs may come back as 5432.0) or its text. */
    private static int port(Map<String, Object> f) {
        if (f.get("port") instanceof Number n) {
            return n.intValue();
        }
        try {
            return Integer.parseInt(str(f, "port"));
        } catch (NumberFormatException e) {
            throw new dev.pont.core.PontException("stack output " + OUTPUT + " has port '" + f.get("port") + "', not a number: fix the exported endpoint");
        }
    }

    private static String str(Map<String, Object> f, String key) {
        Object v = f.get(key);
        if (v == null) {
            throw new dev.pont.core.PontException("stack output " + OUTPUT + " lacks '" + key + "' in " + f.keySet() + ": fix the exported endpoint");
        }
        return v.toString();
    }
}
