package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@link Okms}. */
public final class OkmsArgs extends ResourceArgs {
    public static final OkmsArgs Empty = new OkmsArgs();

    @Import(name = "displayName")
    private Output<String> displayName;

    @Import(name = "ovhSubsidiary", required = true)
    private Output<String> ovhSubsidiary;

    @Import(name = "region", required = true)
    private Output<String> region;

    public Optional<Output<String>> displayName() {
        return Optional.ofNullable(this.displayName);
    }

    public Output<String> ovhSubsidiary() {
        return this.ovhSubsidiary;
    }

    public Output<String> region() {
        return this.region;
    }

    private OkmsArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final OkmsArgs $ = new OkmsArgs();

        public Builder displayName(Output<String> displayName) {
            $.displayName = displayName;
            return this;
        }

        public Builder displayName(String displayName) {
            return displayName(Output.of(displayName));
        }

        public Builder ovhSubsidiary(Output<String> ovhSubsidiary) {
            $.ovhSubsidiary = ovhSubsidiary;
            return this;
        }

        public Builder ovhSubsidiary(String ovhSubsidiary) {
            return ovhSubsidiary(Output.of(ovhSubsidiary));
        }

        public Builder region(Output<String> region) {
            $.region = region;
            return this;
        }

        public Builder region(String region) {
            return region(Output.of(region));
        }

        public OkmsArgs build() {
            if ($.ovhSubsidiary == null) {
                throw new MissingRequiredPropertyException("OkmsArgs", "ovhSubsidiary");
            }
            if ($.region == null) {
                throw new MissingRequiredPropertyException("OkmsArgs", "region");
            }
            return $;
        }
    }
}
