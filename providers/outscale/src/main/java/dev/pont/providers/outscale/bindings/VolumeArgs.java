package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/** Inputs of {@code outscale:index/volume:Volume}. */
public final class VolumeArgs extends ResourceArgs {
    public static final VolumeArgs Empty = new VolumeArgs();

    /** The Subregion of the volume. */
    @Import(name = "subregionName", required = true)
    private Output<String> subregionName;

    /** Size in GiB. */
    @Import(name = "size")
    private Output<Integer> size;

    /** io1, gp2 or standard (default). */
    @Import(name = "volumeType")
    private Output<String> volumeType;

    /** IOPS, io1 only. */
    @Import(name = "iops")
    private Output<Integer> iops;

    /** Tags (key/value pairs) on the resource. */
    @Import(name = "tags")
    private Output<List<TagArgs>> tags;

    public Output<String> subregionName() {
        return this.subregionName;
    }

    public Optional<Output<Integer>> size() {
        return Optional.ofNullable(this.size);
    }

    public Optional<Output<String>> volumeType() {
        return Optional.ofNullable(this.volumeType);
    }

    public Optional<Output<Integer>> iops() {
        return Optional.ofNullable(this.iops);
    }

    public Optional<Output<List<TagArgs>>> tags() {
        return Optional.ofNullable(this.tags);
    }

    private VolumeArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final VolumeArgs $ = new VolumeArgs();

        public Builder subregionName(Output<String> subregionName) {
            $.subregionName = subregionName;
            return this;
        }

        public Builder subregionName(String subregionName) {
            return subregionName(Output.of(subregionName));
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

        public Builder iops(Output<Integer> iops) {
            $.iops = iops;
            return this;
        }

        public Builder iops(Integer iops) {
            return iops(Output.of(iops));
        }

        public Builder tags(Output<List<TagArgs>> tags) {
            $.tags = tags;
            return this;
        }

        public Builder tags(List<TagArgs> tags) {
            return tags(Output.of(tags));
        }

        public Builder tags(TagArgs... tags) {
            return tags(List.of(tags));
        }

        public VolumeArgs build() {
            if ($.subregionName == null) {
                throw new MissingRequiredPropertyException("VolumeArgs", "subregionName");
            }
            return $;
        }
    }
}
