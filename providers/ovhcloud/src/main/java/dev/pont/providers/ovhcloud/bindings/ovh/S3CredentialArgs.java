package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@link S3Credential}. */
public final class S3CredentialArgs extends ResourceArgs {
    public static final S3CredentialArgs Empty = new S3CredentialArgs();

    @Import(name = "serviceName")
    private Output<String> serviceName;

    @Import(name = "userId", required = true)
    private Output<String> userId;

    public Optional<Output<String>> serviceName() {
        return Optional.ofNullable(this.serviceName);
    }

    public Output<String> userId() {
        return this.userId;
    }

    private S3CredentialArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final S3CredentialArgs $ = new S3CredentialArgs();

        public Builder serviceName(Output<String> serviceName) {
            $.serviceName = serviceName;
            return this;
        }

        public Builder serviceName(String serviceName) {
            return serviceName(Output.of(serviceName));
        }

        public Builder userId(Output<String> userId) {
            $.userId = userId;
            return this;
        }

        public Builder userId(String userId) {
            return userId(Output.of(userId));
        }

        public S3CredentialArgs build() {
            if ($.userId == null) {
                throw new MissingRequiredPropertyException("S3CredentialArgs", "userId");
            }
            return $;
        }
    }
}
