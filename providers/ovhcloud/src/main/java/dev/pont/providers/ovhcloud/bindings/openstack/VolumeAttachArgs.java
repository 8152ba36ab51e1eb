package dev.pont.providers.ovhcloud.bindings.openstack;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@link VolumeAttach}. */
public final class VolumeAttachArgs extends ResourceArgs {
    public static final VolumeAttachArgs Empty = new VolumeAttachArgs();

    @Import(name = "instanceId", required = true)
    private Output<String> instanceId;

    @Import(name = "volumeId", required = true)
    private Output<String> volumeId;

    @Import(name = "region")
    private Output<String> region;

    public Output<String> instanceId() {
        return this.instanceId;
    }

    public Output<String> volumeId() {
        return this.volumeId;
    }

    public Optional<Output<String>> region() {
        return Optional.ofNullable(this.region);
    }

    private VolumeAttachArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final VolumeAttachArgs $ = new VolumeAttachArgs();

        public Builder instanceId(Output<String> instanceId) {
            $.instanceId = instanceId;
            return this;
        }

        public Builder instanceId(String instanceId) {
            return instanceId(Output.of(instanceId));
        }

        public Builder volumeId(Output<String> volumeId) {
            $.volumeId = volumeId;
            return this;
        }

        public Builder volumeId(String volumeId) {
            return volumeId(Output.of(volumeId));
        }

        public Builder region(Output<String> region) {
            $.region = region;
            return this;
        }

        public Builder region(String region) {
            return region(Output.of(region));
        }

        public VolumeAttachArgs build() {
            if ($.instanceId == null) {
                throw new MissingRequiredPropertyException("VolumeAttachArgs", "instanceId");
            }
            if ($.volumeId == null) {
                throw new MissingRequiredPropertyException("VolumeAttachArgs", "volumeId");
            }
            return $;
        }
    }
}
