package dev.pont.core.plan;

import java.util.Map;

/**
 * How a secret looks in a Plan: the stack-export secret signature with the value left out.
 * Pont never stores a secret's plaintext.
 */
public final class Secrets {
    public static final String SIG_KEY = "4dabf18193072939515e22adb298388d";
    public static final String SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
    public static final Map<String, Object> REDACTED = Map.of(SIG_KEY, SECRET_SIG, "redacted", true);

    private Secrets() {}

    public static boolean isSecret(Object value) {
        return value instanceof Map<?, ?> m && SECRET_SIG.equals(m.get(SIG_KEY));
    }
}
