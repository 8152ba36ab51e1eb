package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Map;
import java.util.Optional;

/** Nested input {@code SecretMetadata}. */
public final class OkmsSecretMetadataArgs extends ResourceArgs {
    public static final OkmsSecretMetadataArgs Empty = new OkmsSecretMetadataArgs();

    @Import(name = "casRequired")
    private Output<Boolean> casRequired;

    @Import(name = "customMetadata")
    private Output<Map<String, String>> customMetadata;

    @Import(name = "deactivateVersionAfter")
    private Output<String> deactivateVersionAfter;

    @Import(name = "maxVersions")
    private Output<Double> maxVersions;

    public Optional<Output<Boolean>> casRequired() {
        return Optional.ofNullable(this.casRequired);
    }

    public Optional<Output<Map<String, String>>> customMetadata() {
        return Optional.ofNullable(this.customMetadata);
    }

    public Optional<Output<String>> deactivateVersionAfter() {
        return Optional.ofNullable(this.deactivateVersionAfter);
    }

    public Optional<Output<Double>> maxVersions() {
        return Optional.ofNullable(this.maxVersions);
    }

    private OkmsSecretMetadataArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final OkmsSecretMetadataArgs $ = new OkmsSecretMetadataArgs();

        public Builder casRequired(Output<Boolean> casRequired) {
            $.casRequired = casRequired;
            return this;
        }

        public Builder casRequired(Boolean casRequired) {
            return casRequired(Output.of(casRequired));
        }

        public Builder customMetadata(Output<Map<String, String>> customMetadata) {
            $.customMetadata = customMetadata;
            return this;
        }

        public Builder customMetadata(Map<String, String> customMetadata) {
            return customMetadata(Output.of(customMetadata));
        }

        public Builder deactivateVersionAfter(Output<String> deactivateVersionAfter) {
            $.deactivateVersionAfter = deactivateVersionAfter;
            return this;
        }

        public Builder deactivateVersionAfter(String deactivateVersionAfter) {
            return deactivateVersionAfter(Output.of(deactivateVersionAfter));
        }

        public Builder maxVersions(Output<Double> maxVersions) {
            $.maxVersions = maxVersions;
            return this;
        }

        public Builder maxVersions(Double maxVersions) {
            return maxVersions(Output.of(maxVersions));
        }

        public OkmsSecretMetadataArgs build() {
            return $;
        }
    }
}
