package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Nested input {@code StorageEncryption}. */
public final class StorageEncryptionArgs extends ResourceArgs {
    public static final StorageEncryptionArgs Empty = new StorageEncryptionArgs();

    @Import(name = "sseAlgorithm")
    private Output<String> sseAlgorithm;

    public Optional<Output<String>> sseAlgorithm() {
        return Optional.ofNullable(this.sseAlgorithm);
    }

    private StorageEncryptionArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final StorageEncryptionArgs $ = new StorageEncryptionArgs();

        public Builder sseAlgorithm(Output<String> sseAlgorithm) {
            $.sseAlgorithm = sseAlgorithm;
            return this;
        }

        public Builder sseAlgorithm(String sseAlgorithm) {
            return sseAlgorithm(Output.of(sseAlgorithm));
        }

        public StorageEncryptionArgs build() {
            return $;
        }
    }
}
