package dev.pont.providers.azure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * Azure-legal, deterministic names. Names Azure wants unique worldwide (storage accounts, key
 * vaults, PostgreSQL servers, AKS DNS prefixes) get a short hash of the subscription, the stack
 * and the resource, so two stacks never collide and the same stack always gets the same name.
 */
final class AzureNames {
    private AzureNames() {}

    /** Resource group: 1-90 letters, digits, '-', '_', '.', '(' or ')', not ending with '.'. */
    static String resourceGroup(String stack) {
        return fit("rg-" + stack.replaceAll("[^A-Za-z0-9._()-]", "-").replaceAll("\\.+$", ""), 90);
    }

    /** Storage account: 3-24 lower-case letters and digits, unique worldwide. */
    static String storageAccount(String subscription, String stack, String resource) {
        String letters = resource.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return "st" + head(letters, 14) + hash(subscription + "/" + stack + "/" + resource, 8);
    }

    /** Key vault: 3-24 letters, digits and single dashes, starting with a letter, unique worldwide. */
    static String keyVault(String subscription, String stack, String resource) {
        return "kv-" + slug(resource, 13) + "-" + hash(subscription + "/" + stack + "/" + resource, 6);
    }

    /** PostgreSQL flexible server: 3-63 lower-case letters, digits and dashes, unique worldwide (its DNS name). */
    static String postgresServer(String subscription, String stack, String resource) {
        return "psql-" + slug(resource, 40) + "-" + hash(subscription + "/" + stack + "/" + resource, 6);
    }

    /** Log Analytics workspace: 4-63 letters, digits and dashes. */
    static String logWorkspace(String subscription, String stack, String resource) {
        return "log-" + slug(resource, 40) + "-" + hash(subscription + "/" + stack + "/" + resource, 6);
    }

    /** AKS DNS prefix: 1-54 letters, digits and dashes, starting and ending with a letter or digit. */
    static String dnsPrefix(String subscription, String stack, String resource) {
        return slug(resource, 40) + "-" + hash(subscription + "/" + stack + "/" + resource, 6);
    }

    /** Blob container: 3-63 lower-case letters, digits and single dashes. */
    static String container(String resource) {
        String name = slug(resource, 63);
        return name.length() >= 3 ? name : name + "-data";
    }

    /** {@code name} if it fits in {@code max} characters, else a prefix of it and a hash of the whole. */
    static String fit(String name, int max) {
        return name.length() <= max ? name : name.substring(0, max - 7) + "-" + hash(name, 6);
    }

    /** A role assignment name: a GUID derived from what it assigns, so re-runs update instead of duplicating. */
    static String roleAssignment(String subscription, String stack, String assignment) {
        return UUID.nameUUIDFromBytes((subscription + "/" + stack + "/" + assignment).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Lower-case letters, digits and single dashes, at most {@code max} characters, no trailing dash. */
    private static String slug(String text, int max) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-").replaceAll("-{2,}", "-");
        return head(slug, max).replaceAll("^-+|-+$", "");
    }

    private static String head(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    static String hash(String text, int length) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
