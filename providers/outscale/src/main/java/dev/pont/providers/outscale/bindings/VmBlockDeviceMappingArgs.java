package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** A block device mapping of a VM. */
public final class VmBlockDeviceMappingArgs extends ResourceArgs {
    public static final VmBlockDeviceMappingArgs Empty = new VmBlockDeviceMappingArgs();

    /** The device name, e.g. /dev/sda1 for the root device. */
    @Import(name = "deviceName")
    private Output<String> deviceName;

    /** The BSU volume to create. */
    @Import(name = "bsu")
    private Output<VmBlockDeviceMappingBsuArgs> bsu;

    public Optional<Output<String>> deviceName() {
        return Optional.ofNullable(this.deviceName);
    }

    public Optional<Output<VmBlockDeviceMappingBsuArgs>> bsu() {
        return Optional.ofNullable(this.bsu);
    }

    private VmBlockDeviceMappingArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final VmBlockDeviceMappingArgs $ = new VmBlockDeviceMappingArgs();

        public Builder deviceName(Output<String> deviceName) {
            $.deviceName = deviceName;
            return this;
        }

        public Builder deviceName(String deviceName) {
            return deviceName(Output.of(deviceName));
        }

        public Builder bsu(Output<VmBlockDeviceMappingBsuArgs> bsu) {
            $.bsu = bsu;
            return this;
        }

        public Builder bsu(VmBlockDeviceMappingBsuArgs bsu) {
            return bsu(Output.of(bsu));
        }

        public VmBlockDeviceMappingArgs build() {
            return $;
        }
    }
}
