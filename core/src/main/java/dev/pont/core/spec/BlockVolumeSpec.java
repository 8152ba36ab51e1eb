package dev.pont.core.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A block volume, always encrypted at rest; attached to a VM that lists it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BlockVolumeSpec(int sizeGiB, VolumeClass volumeClass, Refs.KeyRef encryptionKey, Labels labels) implements Spec {

    public BlockVolumeSpec {
        Checks.range("block volume sizeGiB", sizeGiB, 1, 65536);
        volumeClass = volumeClass == null ? VolumeClass.BALANCED_SSD : volumeClass;
        labels = labels == null ? Labels.NONE : labels;
    }

    public static BlockVolumeSpec of(int sizeGiB, VolumeClass volumeClass) {
        return new BlockVolumeSpec(sizeGiB, volumeClass, null, Labels.NONE);
    }

    public BlockVolumeSpec encryptedWith(Refs.KeyRef key) {
        return new BlockVolumeSpec(sizeGiB, volumeClass, key, labels);
    }

    public BlockVolumeSpec labels(Labels labels) {
        return new BlockVolumeSpec(sizeGiB, volumeClass, encryptionKey, labels);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.BLOCK_VOLUME;
    }

    @Override
    public List<Refs.Ref> references() {
        return encryptionKey == null ? List.of() : List.of(encryptionKey);
    }
}
