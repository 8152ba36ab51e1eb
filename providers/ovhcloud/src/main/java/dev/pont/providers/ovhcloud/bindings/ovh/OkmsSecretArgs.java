package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@link OkmsSecret}. */
public final class OkmsSecretArgs extends ResourceArgs {
    public static final OkmsSecretArgs Empty = new OkmsSecretArgs();

    @Import(name = "okmsId", required = true)
    private Output<String> okmsId;

    @Import(name = "path", required = true)
    private Output<String> path;

    @Import(name = "metadata")
    private Output<OkmsSecretMetadataArgs> metadata;

    @Import(name = "version", required = true)
    private Output<OkmsSecretVersionArgs> version;

    public Output<String> okmsId() {
        return this.okmsId;
    }

    public Output<String> path() {
        return this.path;
    }

    public Optional<Output<OkmsSecretMetadataArgs>> metadata() {
        return Optional.ofNullable(this.metadata);
    }

    public Output<OkmsSecretVersionArgs> version() {
        return this.version;
    }

    private OkmsSecretArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final OkmsSecretArgs $ = new OkmsSecretArgs();

        public Builder okmsId(Output<String> okmsId) {
            $.okmsId = okmsId;
            return this;
        }

        public Builder okmsId(String okmsId) {
            return okmsId(Output.of(okmsId));
        }

        public Builder path(Output<String> path) {
            $.path = path;
            return this;
        }

        public Builder path(String path) {
            return path(Output.of(path));
        }

        public Builder metadata(Output<OkmsSecretMetadataArgs> metadata) {
            $.metadata = metadata;
            return this;
        }

        public Builder metadata(OkmsSecretMetadataArgs metadata) {
            return metadata(Output.of(metadata));
        }

        public Builder version(Output<OkmsSecretVersionArgs> version) {
            $.version = version;
            return this;
        }

        public Builder version(OkmsSecretVersionArgs version) {
            return version(Output.of(version));
        }

        public OkmsSecretArgs build() {
            if ($.okmsId == null) {
                throw new MissingRequiredPropertyException("OkmsSecretArgs", "okmsId");
            }
            if ($.path == null) {
                throw new MissingRequiredPropertyException("OkmsSecretArgs", "path");
            }
            if ($.version == null) {
                throw new MissingRequiredPropertyException("OkmsSecretArgs", "version");
            }
            return $;
        }
    }
}
