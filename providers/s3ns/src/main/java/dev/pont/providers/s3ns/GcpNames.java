package dev.pont.providers.s3ns;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic names that GCP accepts ({@code [a-z]([-a-z0-9]*[a-z0-9])?}). A name too long for
 * its resource keeps its start and ends with a hash of the whole, so two long names stay apart.
 */
final class GcpNames {
    private GcpNames() {}

    /** A project-unique name of at most {@code max} characters (63 for most compute resources). */
    static String of(String raw, int max) {
        String name = raw.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name = "p" + name;
        }
        if (name.length() > max) {
            String hash = hash(raw, 6);
            name = name.substring(0, max - hash.length() - 1).replaceAll("-+$", "") + "-" + hash;
        }
        return name.replaceAll("-+$", "");
    }

    /** A bucket name, unique in the universe: the stack and resource names and a hash of project, stack and resource. */
    static String bucket(String project, String stack, String name) {
        return of(stack + "-" + name + "-" + hash(project + "/" + stack + "/" + name, 6), 63);
    }

    /** A service account id: 6 to 30 characters. */
    static String accountId(String stack, String name) {
        String id = of(stack + "-" + name, 30);
        return id.length() >= 6 ? id : id + "-sa";
    }

    static String hash(String text, int hexChars) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, hexChars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
