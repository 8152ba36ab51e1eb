package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;

/** Nested input {@code SecretVersion}. */
public final class OkmsSecretVersionArgs extends ResourceArgs {
    public static final OkmsSecretVersionArgs Empty = new OkmsSecretVersionArgs();

    @Import(name = "data", required = true)
    private Output<String> data;

    public Output<String> data() {
        return this.data;
    }

    private OkmsSecretVersionArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final OkmsSecretVersionArgs $ = new OkmsSecretVersionArgs();

        public Builder data(Output<String> data) {
            $.data = data;
            return this;
        }

        /** Kept secret: the value is wrapped with {@code Output.ofSecret}. */
        public Builder data(String data) {
            return data(Output.ofSecret(data));
        }

        public OkmsSecretVersionArgs build() {
            if ($.data == null) {
                throw new MissingRequiredPropertyException("OkmsSecretVersionArgs", "data");
            }
            return $;
        }
    }
}
