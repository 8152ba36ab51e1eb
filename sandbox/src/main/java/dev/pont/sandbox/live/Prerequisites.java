package dev.pont.sandbox.live;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.pont.core.PontException;
import dev.pont.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What live mode needs before it touches a cloud: the {@code pulumi} CLI, the target's
 * credentials, a self-managed state backend with its credentials, and a secrets provider that is
 * not a US service. Read from {@code prerequisites.json}; anything missing is exit 2, all of it named.
 */
public final class Prerequisites {
    private static final Requirements REQUIREMENTS = load();

    record Requirements(Map<String, List<List<String>>> targets, Map<String, List<List<String>>> backends,
                        Map<String, List<List<String>>> secretsProviders) {}

    /** What was checked, ready for the workspace: the backend, the secrets provider and the variables to pass through. */
    public record Checked(String backendUrl, String secretsProvider, Map<String, String> environment) {}

    private Prerequisites() {}

    private static Requirements load() {
        try (InputStream in = Prerequisites.class.getResourceAsStream("prerequisites.json")) {
            return Json.mapper().copy().configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, new TypeReference<Requirements>() {});
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("prerequisites.json is missing or invalid", e);
        }
    }

    /**
     * @param backendUrl      the state backend ({@code --backend}, else {@code PONT_SANDBOX_BACKEND}), s3:// or file://
     * @param secretsProvider {@code passphrase} or {@code hashivault://<key>} ({@code --secrets-provider}, else
     *                        {@code PONT_SANDBOX_SECRETS_PROVIDER}, else passphrase)
     */
    public static Checked check(String target, String backendUrl, String secretsProvider, Map<String, String> env, Predicate<String> onPath) {
        List<String> missing = new ArrayList<>();
        if (!onPath.test("pulumi")) {
            missing.add("the pulumi CLI on the PATH (https://www.pulumi.com/docs/install/)");
        }
        Map<String, String> pass = new TreeMap<>();
        need("credentials for " + target, REQUIREMENTS.targets().get(target), env, missing, pass);

        String backend = backendUrl != null ? backendUrl : env.get("PONT_SANDBOX_BACKEND");
        if (backend == null || backend.isBlank()) {
            missing.add("a state backend: --backend or PONT_SANDBOX_BACKEND, e.g. "
                    + "s3://<bucket>?endpoint=oos.cloudgouv-eu-west-1.outscale.com&s3ForcePathStyle=true");
        } else {
            String scheme = backend.contains("://") ? backend.substring(0, backend.indexOf("://")) : "";
            if (!REQUIREMENTS.backends().containsKey(scheme)) {
                throw new PontException("state backend '" + redact(backend) + "' is not a self-managed one: use s3://<bucket>?endpoint=<S3 endpoint on the target cloud>&s3ForcePathStyle=true (or file:// for a trial)");
            }
            need("the " + scheme + ":// state backend", REQUIREMENTS.backends().get(scheme), env, missing, pass);
        }

        String secrets = secretsProvider != null ? secretsProvider : env.getOrDefault("PONT_SANDBOX_SECRETS_PROVIDER", "passphrase");
        String kind = secrets.contains("://") ? secrets.substring(0, secrets.indexOf("://")) : secrets;
        if (!REQUIREMENTS.secretsProviders().containsKey(kind)) {
            throw new PontException("secrets provider '" + kind + "' is not accepted for a sovereign sandbox: use passphrase or hashivault://<transit key> (a self-hosted Vault/OpenBao)");
        }
        need("the " + kind + " secrets provider", REQUIREMENTS.secretsProviders().get(kind), env, missing, pass);

        if (!missing.isEmpty()) {
            throw new PontException("live sandbox on " + target + " cannot start, missing: " + String.join("; ", missing));
        }
        return new Checked(backend, secrets, pass);
    }

    /** Satisfied when one alternative has all its variables set; otherwise names the first alternative's missing ones. */
    private static void need(String what, List<List<String>> alternatives, Map<String, String> env, List<String> missing, Map<String, String> pass) {
        if (alternatives == null) {
            throw new PontException("unknown target for live mode: " + what);
        }
        for (List<String> vars : alternatives) {
            if (vars.stream().allMatch(v -> env.get(v) != null && !env.get(v).isBlank())) {
                vars.forEach(v -> pass.put(v, env.get(v)));
                return;
            }
        }
        List<String> first = alternatives.get(0).stream().filter(v -> env.get(v) == null || env.get(v).isBlank()).toList();
        StringBuilder text = new StringBuilder(what + " (" + String.join(", ", first));
        for (List<String> other : alternatives.subList(1, alternatives.size())) {
            text.append("; or ").append(String.join(", ", other));
        }
        missing.add(text.append(")").toString());
    }

    /** Whether an executable of that name is on the PATH. */
    public static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, command);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return true;
            }
        }
        return false;
    }

    /** A backend URL without any credentials it might carry in its query. */
    static String redact(String url) {
        return url.replaceAll("(?i)(secret|password|token|key)=[^&]*", "$1=***");
    }
}
