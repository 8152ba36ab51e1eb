package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.InvokeArgs;
import java.util.Optional;

/** Arguments of {@link CloudProjectFunctions#getImages}. */
public final class GetImagesArgs extends InvokeArgs {
    public static final GetImagesArgs Empty = new GetImagesArgs();

    @Import(name = "serviceName", required = true)
    private Output<String> serviceName;

    @Import(name = "region")
    private Output<String> region;

    @Import(name = "osType")
    private Output<String> osType;

    public Output<String> serviceName() {
        return this.serviceName;
    }

    public Optional<Output<String>> region() {
        return Optional.ofNullable(this.region);
    }

    public Optional<Output<String>> osType() {
        return Optional.ofNullable(this.osType);
    }

    private GetImagesArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final GetImagesArgs $ = new GetImagesArgs();

        public Builder serviceName(String serviceName) {
            $.serviceName = Output.of(serviceName);
            return this;
        }

        public Builder region(String region) {
            $.region = Output.of(region);
            return this;
        }

        public Builder osType(String osType) {
            $.osType = Output.of(osType);
            return this;
        }

        public GetImagesArgs build() {
            if ($.serviceName == null) {
                throw new MissingRequiredPropertyException("GetImagesArgs", "serviceName");
            }
            return $;
        }
    }
}
