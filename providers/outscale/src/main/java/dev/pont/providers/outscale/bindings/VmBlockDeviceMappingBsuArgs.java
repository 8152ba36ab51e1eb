package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** The BSU volume created with a VM for one block device mapping. */
public final class VmBlockDeviceMappingBsuArgs extends ResourceArgs {
    public static final VmBlockDeviceMappingBsuArgs Empty = new VmBlockDeviceMappingBsuArgs();

    /** Size in GiB. */
    @Import(name = "volumeSize")
    private Output<Integer> volumeSize;

    /** standard, gp2 or io1. */
    @Import(name = "volumeType")
    private Output<String> volumeType;

    /** IOPS, io1 only. */
    @Import(name = "iops")
    private Output<Integer> iops;

    /** Whether the volume is deleted with the VM (default true). */
    @Import(name = "deleteOnVmDeletion")
    private Output<Boolean> deleteOnVmDeletion;

    public Optional<Output<Integer>> volumeSize() {
        return Optional.ofNullable(this.volumeSize);
    }

    public Optional<Output<String>> volumeType() {
        return Optional.ofNullable(this.volumeType);
    }

    public Optional<Output<Integer>> iops() {
        return Optional.ofNullable(this.iops);
    }

    public Optional<Output<Boolean>> deleteOnVmDeletion() {
        return Optional.ofNullable(this.deleteOnVmDeletion);
    }

    private VmBlockDeviceMappingBsuArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final VmBlockDeviceMappingBsuArgs $ = new VmBlockDeviceMappingBsuArgs();

        public Builder volumeSize(Output<Integer> volumeSize) {
            $.volumeSize = volumeSize;
            return this;
        }

        public Builder volumeSize(Integer volumeSize) {
            return volumeSize(Output.of(volumeSize));
        }

        public Builder volumeType(Output<String> volumeType) {
            $.volumeType = volumeType;
            return this;
        }

        public Builder volumeType(String volumeType) {
            return volumeType(Output.of(volumeType));
        }

        public Builder iops(Output<Integer> iops) {
            $.iops = iops;
            return this;
        }

        public Builder iops(Integer iops) {
            return iops(Output.of(iops));
        }

        public Builder deleteOnVmDeletion(Output<Boolean> deleteOnVmDeletion) {
            $.deleteOnVmDeletion = deleteOnVmDeletion;
            return this;
        }

        public Builder deleteOnVmDeletion(Boolean deleteOnVmDeletion) {
            return deleteOnVmDeletion(Output.of(deleteOnVmDeletion));
        }

        public VmBlockDeviceMappingBsuArgs build() {
            return $;
        }
    }
}
