package dev.pont.core.facts;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.pont.core.json.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * An IAM-style policy document ({@code {"Statement": [{"Effect", "Principal", "Action", "Resource",
 * "Condition"}]}}), the language of S3 bucket policies and of the S3-compatible clouds that copied
 * it (Outscale OOS and EIM, OVHcloud S3 user policies), read for what it means in neutral terms:
 * transport rules a bucket enforces for everyone, and the access its Allow statements grant.
 * Condition keys are compared case-insensitively, as AWS documents them.
 */
public record PolicyDocument(List<Statement> statements) {

    /** One statement, with single values and lists both read as lists. */
    public record Statement(String effect, Object principal, List<String> actions, List<String> resources,
                            Map<String, Map<String, List<String>>> conditions) {

        /** Applies to every principal ({@code "*"} or {@code {"AWS": "*"}}). */
        public boolean anyPrincipal() {
            if ("*".equals(principal)) {
                return true;
            }
            return principal instanceof Map<?, ?> map && map.values().stream().anyMatch(v -> strings(v).contains("*"));
        }

        /** Covers every action ({@code *} or {@code <service>:*}). */
        public boolean allActions() {
            return actions.stream().anyMatch(PolicyDocument::wildcard);
        }

        /** The values of a condition {@code operator} on {@code key}, empty if the statement has no such condition. */
        public List<String> condition(String operator, String key) {
            Map<String, List<String>> byKey = conditions.get(operator);
            if (byKey == null) {
                return List.of();
            }
            return byKey.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue)
                    .findFirst().orElse(List.of());
        }

        boolean denyForEveryone() {
            return "Deny".equals(effect) && anyPrincipal() && allActions();
        }
    }

    public PolicyDocument {
        statements = List.copyOf(statements);
    }

    /**
     * Reads a policy given as JSON text (as Pulumi inputs carry it) or as an already parsed map;
     * empty if it is neither.
     */
    public static Optional<PolicyDocument> parse(Object policy) {
        Map<String, Object> root;
        try {
            if (policy instanceof String text) {
                root = Json.mapper().readValue(text, new TypeReference<Map<String, Object>>() {});
            } else if (policy instanceof Map<?, ?> map) {
                root = Json.mapper().convertValue(map, new TypeReference<Map<String, Object>>() {});
            } else {
                return Optional.empty();
            }
        } catch (Exception e) {
            return Optional.empty();
        }
        Object raw = root.get("Statement");
        List<Statement> statements = new ArrayList<>();
        for (Object item : raw instanceof List<?> list ? list : raw == null ? List.of() : List.of(raw)) {
            if (item instanceof Map<?, ?> s) {
                statements.add(new Statement(String.valueOf(s.get("Effect")), s.get("Principal"), strings(s.get("Action")),
                        strings(s.get("Resource")), conditions(s.get("Condition"))));
            }
        }
        return Optional.of(new PolicyDocument(statements));
    }

    /**
     * Every request without TLS is denied: a Deny for every principal and action on the data
     * (objects) when {@code aws:SecureTransport} is false.
     */
    public boolean deniesInsecureTransport() {
        return statements.stream().anyMatch(s -> s.denyForEveryone() && coversObjects(s)
                && s.condition("Bool", "aws:SecureTransport").stream().anyMatch(v -> v.equalsIgnoreCase("false")));
    }

    /** The lowest TLS version allowed by a Deny for everyone when {@code s3:TlsVersion} is below it. */
    public Optional<Double> tlsMinimum() {
        return statements.stream().filter(s -> s.denyForEveryone() && coversObjects(s))
                .flatMap(s -> s.condition("NumericLessThan", "s3:TlsVersion").stream())
                .map(PolicyDocument::number).filter(Objects::nonNull).max(Double::compare);
    }

    /** The source CIDRs outside which a Deny for everyone refuses requests ({@code NotIpAddress aws:SourceIp}). */
    public List<String> allowedSourceCidrs() {
        return statements.stream().filter(s -> s.denyForEveryone() && coversObjects(s))
                .flatMap(s -> s.condition("NotIpAddress", "aws:SourceIp").stream()).distinct().sorted().toList();
    }

    /**
     * The grants of the Allow statements as {@code read:<target>}, {@code write:<target>},
     * {@code admin:<target>}, one per access level the actions reach and per resource; {@code target}
     * turns a resource (an ARN, an ORN, {@code *}) into the name facts speak of.
     */
    public List<String> grants(Function<String, String> target) {
        TreeSet<String> grants = new TreeSet<>();
        for (Statement s : statements) {
            if (!"Allow".equals(s.effect())) {
                continue;
            }
            Set<String> levels = levels(s.actions());
            for (String resource : s.resources().isEmpty() ? List.of("*") : s.resources()) {
                levels.forEach(level -> grants.add(level + ":" + target.apply(resource)));
            }
        }
        return List.copyOf(grants);
    }

    /**
     * The access levels a list of actions reaches: {@code read} for reading verbs (Get, List, Read,
     * Head, Describe), {@code admin} for a wildcard or verbs that change access or configuration
     * (policies, ACLs, bucket settings), {@code write} for any other verb; a wildcard reaches all three.
     */
    public static Set<String> levels(Collection<String> actions) {
        TreeSet<String> levels = new TreeSet<>();
        for (String action : actions) {
            if (wildcard(action)) {
                levels.addAll(List.of("read", "write", "admin"));
                continue;
            }
            String verb = action.substring(action.indexOf(':') + 1);
            if (startsWithAny(verb, "Get", "List", "Read", "Head", "Describe")) {
                levels.add("read");
            } else if (verb.contains("Policy") || verb.contains("Acl") || verb.contains("Bucket") || verb.contains("Configuration")) {
                levels.add("admin");
            } else {
                levels.add("write");
                if (verb.endsWith("*")) {
                    levels.add("admin");
                }
            }
        }
        return levels;
    }

    /** The bucket an S3 ARN ({@code arn:aws:s3:::bucket} or {@code arn:aws:s3:::bucket/key}) names; else the resource itself. */
    public static String s3Bucket(String resource) {
        String prefix = "arn:aws:s3:::";
        if (!resource.startsWith(prefix) || resource.length() == prefix.length()) {
            return resource;
        }
        String rest = resource.substring(prefix.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static boolean coversObjects(Statement s) {
        return s.resources().stream().anyMatch(r -> r.equals("*") || r.endsWith("/*") || r.endsWith(":::*"));
    }

    private static boolean wildcard(String action) {
        return action.equals("*") || action.endsWith(":*");
    }

    private static boolean startsWithAny(String verb, String... prefixes) {
        for (String p : prefixes) {
            if (verb.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static Double number(String text) {
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    private static Map<String, Map<String, List<String>>> conditions(Object raw) {
        Map<String, Map<String, List<String>>> out = new TreeMap<>();
        if (raw instanceof Map<?, ?> byOperator) {
            byOperator.forEach((op, keys) -> {
                Map<String, List<String>> byKey = new TreeMap<>();
                if (keys instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> byKey.put(String.valueOf(k), strings(v)));
                }
                out.put(String.valueOf(op), byKey);
            });
        }
        return out;
    }
}
