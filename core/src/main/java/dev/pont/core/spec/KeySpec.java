package dev.pont.core.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An encryption key in a key vault. Non-exportable; rotated every {@code rotationDays}
 * (0 = never, which policy checks flag); HSM-backed when asked.
 */
public record KeySpec(String name, Algorithm algorithm, int size, int rotationDays, boolean hsmBacked) {

    public enum Algorithm {
        RSA, EC;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Algorithm of(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT));
        }
    }

    private static final Map<Algorithm, Set<Integer>> SIZES = Map.of(
            Algorithm.RSA, Set.of(2048, 3072, 4096),
            Algorithm.EC, Set.of(256, 384, 521));

    public KeySpec {
        Checks.name("key name", name);
        Checks.notNull("key '" + name + "' algorithm", algorithm);
        if (!SIZES.get(algorithm).contains(size)) {
            throw new SpecException("key '" + name + "': " + algorithm.wire() + " size " + size + " is not supported: use one of "
                    + new java.util.TreeSet<>(SIZES.get(algorithm)));
        }
        Checks.range("key '" + name + "' rotationDays", rotationDays, 0, 3650);
    }

    public static KeySpec rsa(String name, int size, int rotationDays) {
        return new KeySpec(name, Algorithm.RSA, size, rotationDays, false);
    }

    public static KeySpec ec(String name, int size, int rotationDays) {
        return new KeySpec(name, Algorithm.EC, size, rotationDays, false);
    }

    public KeySpec hsm() {
        return new KeySpec(name, algorithm, size, rotationDays, true);
    }
}
