package dev.pont.providers.ovhcloud.bindings.openstack;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Nested input {@code InstanceBlockDevice}. */
public final class InstanceBlockDeviceArgs extends ResourceArgs {
    public static final InstanceBlockDeviceArgs Empty = new InstanceBlockDeviceArgs();

    @Import(name = "sourceType", required = true)
    private Output<String> sourceType;

    @Import(name = "uuid")
    private Output<String> uuid;

    @Import(name = "destinationType")
    private Output<String> destinationType;

    @Import(name = "volumeSize")
    private Output<Integer> volumeSize;

    @Import(name = "volumeType")
    private Output<String> volumeType;

    @Import(name = "bootIndex")
    private Output<Integer> bootIndex;

    @Import(name = "deleteOnTermination")
    private Output<Boolean> deleteOnTermination;

    public Output<String> sourceType() {
        return this.sourceType;
    }

    public Optional<Output<String>> uuid() {
        return Optional.ofNullable(this.uuid);
    }

    public Optional<Output<String>> destinationType() {
        return Optional.ofNullable(this.destinationType);
    }

    public Optional<Output<Integer>> volumeSize() {
        return Optional.ofNullable(this.volumeSize);
    }

    public Optional<Output<String>> volumeType() {
        return Optional.ofNullable(this.volumeType);
    }

    public Optional<Output<Integer>> bootIndex() {
        return Optional.ofNullable(this.bootIndex);
    }

    public Optional<Output<Boolean>> deleteOnTermination() {
        return Optional.ofNullable(this.deleteOnTermination);
    }

    private InstanceBlockDeviceArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final InstanceBlockDeviceArgs $ = new InstanceBlockDeviceArgs();

        public Builder sourceType(Output<String> sourceType) {
            $.sourceType = sourceType;
            return this;
        }

        public Builder sourceType(String sourceType) {
            return sourceType(Output.of(sourceType));
        }

        public Builder uuid(Output<String> uuid) {
            $.uuid = uuid;
            return this;
        }

        public Builder uuid(String uuid) {
            return uuid(Output.of(uuid));
        }

        public Builder destinationType(Output<String> destinationType) {
            $.destinationType = destinationType;
            return this;
        }

        public Builder destinationType(String destinationType) {
            return destinationType(Output.of(destinationType));
        }

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

        public Builder bootIndex(Output<Integer> bootIndex) {
            $.bootIndex = bootIndex;
            return this;
        }

        public Builder bootIndex(Integer bootIndex) {
            return bootIndex(Output.of(bootIndex));
        }

        public Builder deleteOnTermination(Output<Boolean> deleteOnTermination) {
            $.deleteOnTermination = deleteOnTermination;
            return this;
        }

        public Builder deleteOnTermination(Boolean deleteOnTermination) {
            return deleteOnTermination(Output.of(deleteOnTermination));
        }

        public InstanceBlockDeviceArgs build() {
            if ($.sourceType == null) {
                throw new MissingRequiredPropertyException("InstanceBlockDeviceArgs", "sourceType");
            }
            return $;
        }
    }
}
