package dev.pont.sandbox.local;

import dev.pont.core.PontException;
import dev.pont.sandbox.probe.Tls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the local stand-ins answer, as {@code .ci/sandboxes up} started them: from the
 * {@code PONT_SANDBOX_*} environment variables, else from {@code .tools/sandboxes.env}.
 * Secrets (the S3 secret key, the PostgreSQL password) never appear in {@link #toString()}.
 */
public record LocalSandboxes(Path caCertificate, String azuriteTls, String azuritePlain, String s3Tls, String s3Plain,
                             String s3AccessKey, String s3SecretKey, String postgres, String postgresPassword) {
    public static final String ENV_FILE = ".tools/sandboxes.env";
    static final List<String> KEYS = List.of("PONT_SANDBOX_CA_CERT", "PONT_SANDBOX_AZURITE_TLS", "PONT_SANDBOX_AZURITE_PLAIN",
            "PONT_SANDBOX_S3_TLS", "PONT_SANDBOX_S3_PLAIN", "PONT_SANDBOX_S3_ACCESS_KEY", "PONT_SANDBOX_S3_SECRET_KEY",
            "PONT_SANDBOX_PG", "PONT_SANDBOX_PG_PASSWORD");

    /** Azurite's well-known development account (published in Azurite's documentation; not a secret). */
    public static final String AZURITE_ACCOUNT = "devstoreaccount1";
    public static final String AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public Tls tls() {
        return new Tls(caCertificate);
    }

    /** The sandboxes, or empty when none is configured; a partial configuration is an error naming what is missing. */
    public static Optional<LocalSandboxes> find(Map<String, String> env, Path root) {
        Map<String, String> values = new LinkedHashMap<>();
        String source = "the environment";
        if (env.containsKey(KEYS.get(1))) {
            KEYS.forEach(k -> values.put(k, env.get(k)));
        } else {
            Path file = root.resolve(ENV_FILE);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            source = file.toString();
            try {
                for (String line : Files.readAllLines(file)) {
                    int eq = line.indexOf('=');
                    if (eq > 0 && !line.startsWith("#")) {
                        values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                    }
                }
            } catch (IOException e) {
                throw new PontException(file + ": cannot read (" + e.getMessage() + "): run .ci/sandboxes up again");
            }
        }
        List<String> missing = new ArrayList<>();
        KEYS.forEach(k -> {
            if (values.get(k) == null || values.get(k).isBlank()) {
                missing.add(k);
            }
        });
        if (!missing.isEmpty()) {
            throw new PontException(source + ": local sandboxes are missing " + String.join(", ", missing) + ": run .ci/sandboxes up");
        }
        return Optional.of(new LocalSandboxes(Path.of(values.get(KEYS.get(0))), values.get(KEYS.get(1)), values.get(KEYS.get(2)),
                values.get(KEYS.get(3)), values.get(KEYS.get(4)), values.get(KEYS.get(5)), values.get(KEYS.get(6)),
                values.get(KEYS.get(7)), values.get(KEYS.get(8))));
    }

    public String postgresHost() {
        return postgres.substring(0, postgres.lastIndexOf(':'));
    }

    public int postgresPort() {
        return Integer.parseInt(postgres.substring(postgres.lastIndexOf(':') + 1));
    }

    @Override
    public String toString() {
        return "LocalSandboxes[azurite " + azuriteTls + ", s3 " + s3Tls + ", postgres " + postgres + "]";
    }
}
