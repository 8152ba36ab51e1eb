package dev.pont.providers.ovhcloud.bindings.openstack;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Map;
import java.util.Optional;

/** Inputs of {@link Volume}. */
public final class VolumeArgs extends ResourceArgs {
    public static final VolumeArgs Empty = new VolumeArgs();

    @Import(name = "name")
    private Output<String> name;

    @Import(name = "region")
    private Output<String> region;

    @Import(name = "size", required = true)
    private Output<Integer> size;

    @Import(name = "volumeType")
    private Output<String> volumeType;

    @Import(name = "availabilityZone")
    private Output<String> availabilityZone;

    @Import(name = "description")
    private Output<String> description;

    @Import(name = "metadata")
    private Output<Map<String, String>> metadata;

    @Import(name = "enableOnlineResize")
    private Output<Boolean> enableOnlineResize;

    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    public Optional<Output<String>> region() {
        return Optional.ofNullable(this.region);
    }

    public Output<Integer> size() {
        return this.size;
    }

    public Optional<Output<String>> volumeType() {
        return Optional.ofNullable(this.volumeType);
    }

    public Optional<Output<String>> availabilityZone() {
        return Optional.ofNullable(this.availabilityZone);
    }

    public Optional<Output<String>> description() {
        return Optional.ofNullable(this.description);
    }

    public Optional<Output<Map<String, String>>> metadata() {
        return Optional.ofNullable(this.metadata);
    }

    public Optional<Output<Boolean>> enableOnlineResize() {
        return Optional.ofNullable(this.enableOnlineResize);
    }

    private VolumeArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final VolumeArgs $ = new VolumeArgs();

        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder region(Output<String> region) {
            $.region = region;
            return this;
        }

        public Builder region(String region) {
            return region(Output.of(region));
        }

        public Builder size(Output<Integer> size) {
            $.size = size;
            return this;
        }

        public Builder size(Integer size) {
            return size(Output.of(size));
        }

        public Builder volumeType(Output<String> volumeType) {
            $.volumeType = volumeType;
            return this;
        }

        public Builder volumeType(String volumeType) {
            return volumeType(Output.of(volumeType));
        }

        public Builder availabilityZone(Output<String> availabilityZone) {
            $.availabilityZone = availabilityZone;
            return this;
        }

        public Builder availabilityZone(String availabilityZone) {
            return availabilityZone(Output.of(availabilityZone));
        }

        public Builder description(Output<String> description) {
            $.description = description;
            return this;
        }

        public Builder description(String description) {
            return description(Output.of(description));
        }

        public Builder metadata(Output<Map<String, String>> metadata) {
            $.metadata = metadata;
            return this;
        }

        public Builder metadata(Map<String, String> metadata) {
            return metadata(Output.of(metadata));
        }

        public Builder enableOnlineResize(Output<Boolean> enableOnlineResize) {
            $.enableOnlineResize = enableOnlineResize;
            return this;
        }

        public Builder enableOnlineResize(Boolean enableOnlineResize) {
            return enableOnlineResize(Output.of(enableOnlineResize));
        }

        public VolumeArgs build() {
            if ($.size == null) {
                throw new MissingRequiredPropertyException("VolumeArgs", "size");
            }
            return $;
        }
    }
}
