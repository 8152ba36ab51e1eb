package dev.pont.core.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * An object store (bucket / container). Secure by default: private, versioned, HTTPS only,
 * encrypted at rest (with the provider's key unless {@code encryptionKey} names a
 * customer-managed one). Retention keeps every object version for that many days; locked
 * retention (WORM) cannot be shortened, even by an administrator.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObjectStoreSpec(boolean versioned, int retentionDays, boolean retentionLocked,
                              Refs.KeyRef encryptionKey, Exposure exposure, Labels labels) implements Spec {

    public ObjectStoreSpec {
        Checks.range("object store retentionDays", retentionDays, 0, 36500);
        if (retentionLocked && retentionDays == 0) {
            throw new SpecException("object store retention is locked but retentionDays is 0: set retentionDays > 0 or unlock it");
        }
        if (retentionDays > 0 && !versioned) {
            throw new SpecException("object store retention needs versioning: call versioned(true) or set retentionDays to 0");
        }
        exposure = exposure == null ? Exposure.isolated() : exposure;
        labels = labels == null ? Labels.NONE : labels;
    }

    /** Private, versioned, provider-managed encryption, no retention. */
    public static ObjectStoreSpec privateStore() {
        return new ObjectStoreSpec(true, 0, false, null, Exposure.isolated(), Labels.NONE);
    }

    public ObjectStoreSpec versioned(boolean on) {
        return new ObjectStoreSpec(on, retentionDays, retentionLocked, encryptionKey, exposure, labels);
    }

    public ObjectStoreSpec retention(int days, boolean locked) {
        return new ObjectStoreSpec(versioned, days, locked, encryptionKey, exposure, labels);
    }

    public ObjectStoreSpec encryptedWith(Refs.KeyRef key) {
        return new ObjectStoreSpec(versioned, retentionDays, retentionLocked, key, exposure, labels);
    }

    public ObjectStoreSpec exposure(Exposure exposure) {
        return new ObjectStoreSpec(versioned, retentionDays, retentionLocked, encryptionKey, exposure, labels);
    }

    public ObjectStoreSpec labels(Labels labels) {
        return new ObjectStoreSpec(versioned, retentionDays, retentionLocked, encryptionKey, exposure, labels);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.OBJECT_STORE;
    }

    @Override
    public List<Refs.Ref> references() {
        List<Refs.Ref> refs = new ArrayList<>(exposure.references());
        if (encryptionKey != null) {
            refs.add(0, encryptionKey);
        }
        return refs;
    }
}
