package dev.pont.core.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A managed PostgreSQL database server. Secure by default: private, TLS required, encrypted
 * at rest, daily backups kept {@code backupRetentionDays} days in the same region.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatabaseSpec(String version, Size size, int storageGiB, boolean highAvailability,
                           int backupRetentionDays, Refs.KeyRef encryptionKey, Exposure exposure,
                           Labels labels) implements Spec {

    public static final Set<String> VERSIONS = Set.of("13", "14", "15", "16", "17");

    public DatabaseSpec {
        if (version == null || !VERSIONS.contains(version)) {
            throw new SpecException("PostgreSQL version '" + version + "' is not supported: use one of " + new java.util.TreeSet<>(VERSIONS));
        }
        Checks.notNull("database size", size);
        Checks.range("database storageGiB", storageGiB, 20, 16384);
        Checks.range("database backupRetentionDays", backupRetentionDays, 1, 35);
        exposure = exposure == null ? Exposure.isolated() : exposure;
        labels = labels == null ? Labels.NONE : labels;
    }

    public static DatabaseSpec postgres(String version, Size size, int storageGiB) {
        return new DatabaseSpec(version, size, storageGiB, false, 7, null, Exposure.isolated(), Labels.NONE);
    }

    public DatabaseSpec highlyAvailable(boolean on) {
        return new DatabaseSpec(version, size, storageGiB, on, backupRetentionDays, encryptionKey, exposure, labels);
    }

    public DatabaseSpec backupRetentionDays(int days) {
        return new DatabaseSpec(version, size, storageGiB, highAvailability, days, encryptionKey, exposure, labels);
    }

    public DatabaseSpec encryptedWith(Refs.KeyRef key) {
        return new DatabaseSpec(version, size, storageGiB, highAvailability, backupRetentionDays, key, exposure, labels);
    }

    public DatabaseSpec exposure(Exposure exposure) {
        return new DatabaseSpec(version, size, storageGiB, highAvailability, backupRetentionDays, encryptionKey, exposure, labels);
    }

    public DatabaseSpec labels(Labels labels) {
        return new DatabaseSpec(version, size, storageGiB, highAvailability, backupRetentionDays, encryptionKey, exposure, labels);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.DATABASE;
    }

    @Override
    public List<Refs.Ref> references() {
        List<Refs.Ref> refs = new ArrayList<>();
        if (encryptionKey != null) {
            refs.add(encryptionKey);
        }
        refs.addAll(exposure.references());
        return refs;
    }
}
