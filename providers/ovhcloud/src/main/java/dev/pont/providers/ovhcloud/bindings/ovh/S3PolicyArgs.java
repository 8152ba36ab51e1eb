package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@link S3Policy}. */
public final class S3PolicyArgs extends ResourceArgs {
    public static final S3PolicyArgs Empty = new S3PolicyArgs();

    @Import(name = "serviceName")
    private Output<String> serviceName;

    @Import(name = "userId", required = true)
    private Output<String> userId;

    @Import(name = "policy", required = true)
    private Output<String> policy;

    public Optional<Output<String>> serviceName() {
        return Optional.ofNullable(this.serviceName);
    }

    public Output<String> userId() {
        return this.userId;
    }

    public Output<String> policy() {
        return this.policy;
    }

    private S3PolicyArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final S3PolicyArgs $ = new S3PolicyArgs();

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

        public Builder policy(Output<String> policy) {
            $.policy = policy;
            return this;
        }

        public Builder policy(String policy) {
            return policy(Output.of(policy));
        }

        public S3PolicyArgs build() {
            if ($.userId == null) {
                throw new MissingRequiredPropertyException("S3PolicyArgs", "userId");
            }
            if ($.policy == null) {
                throw new MissingRequiredPropertyException("S3PolicyArgs", "policy");
            }
            return $;
        }
    }
}
