package dev.pont.core.spec;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A key vault (KMS) holding keys and secrets. Deleted items are kept {@code softDeleteDays}
 * and purge protection is always on, so nobody can destroy a key that still encrypts data.
 */
public record KeyVaultSpec(List<KeySpec> keys, int softDeleteDays, Exposure exposure, Labels labels) implements Spec {

    public KeyVaultSpec {
        keys = Checks.list(keys);
        var names = new HashSet<String>();
        for (KeySpec k : keys) {
            if (!names.add(k.name())) {
                throw new SpecException("key name '" + k.name() + "' is used twice in one key vault");
            }
        }
        Checks.range("key vault softDeleteDays", softDeleteDays, 7, 90);
        exposure = exposure == null ? Exposure.isolated() : exposure;
        labels = labels == null ? Labels.NONE : labels;
    }

    public static KeyVaultSpec withKeys(KeySpec... keys) {
        return new KeyVaultSpec(List.of(keys), 90, Exposure.isolated(), Labels.NONE);
    }

    public KeyVaultSpec exposure(Exposure exposure) {
        return new KeyVaultSpec(keys, softDeleteDays, exposure, labels);
    }

    public KeyVaultSpec labels(Labels labels) {
        return new KeyVaultSpec(keys, softDeleteDays, exposure, labels);
    }

    public Optional<KeySpec> key(String name) {
        return keys.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.KEY_VAULT;
    }

    @Override
    public List<Refs.Ref> references() {
        return exposure.references();
    }
}
