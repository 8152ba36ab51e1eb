package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@code outscale:index/volumeLink:VolumeLink}. */
public final class VolumeLinkArgs extends ResourceArgs {
    public static final VolumeLinkArgs Empty = new VolumeLinkArgs();

    /** The device name, /dev/xvdX for data volumes. */
    @Import(name = "deviceName", required = true)
    private Output<String> deviceName;

    /** The VM. */
    @Import(name = "vmId", required = true)
    private Output<String> vmId;

    /** The volume. */
    @Import(name = "volumeId", required = true)
    private Output<String> volumeId;

    public Output<String> deviceName() {
        return this.deviceName;
    }

    public Output<String> vmId() {
        return this.vmId;
    }

    public Output<String> volumeId() {
        return this.volumeId;
    }

    private VolumeLinkArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final VolumeLinkArgs $ = new VolumeLinkArgs();

        public Builder deviceName(Output<String> deviceName) {
            $.deviceName = deviceName;
            return this;
        }

        public Builder deviceName(String deviceName) {
            return deviceName(Output.of(deviceName));
        }

        public Builder vmId(Output<String> vmId) {
            $.vmId = vmId;
            return this;
        }

        public Builder vmId(String vmId) {
            return vmId(Output.of(vmId));
        }

        public Builder volumeId(Output<String> volumeId) {
            $.volumeId = volumeId;
            return this;
        }

        public Builder volumeId(String volumeId) {
            return volumeId(Output.of(volumeId));
        }

        public VolumeLinkArgs build() {
            if ($.deviceName == null) {
                throw new MissingRequiredPropertyException("VolumeLinkArgs", "deviceName");
            }
            if ($.vmId == null) {
                throw new MissingRequiredPropertyException("VolumeLinkArgs", "vmId");
            }
            if ($.volumeId == null) {
                throw new MissingRequiredPropertyException("VolumeLinkArgs", "volumeId");
            }
            return $;
        }
    }
}
