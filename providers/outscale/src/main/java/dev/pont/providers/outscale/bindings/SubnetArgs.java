package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/** Inputs of {@code outscale:index/subnet:Subnet}. */
public final class SubnetArgs extends ResourceArgs {
    public static final SubnetArgs Empty = new SubnetArgs();

    /** The IP range of the Subnet, in CIDR notation. */
    @Import(name = "ipRange", required = true)
    private Output<String> ipRange;

    /** The Net the Subnet belongs to. */
    @Import(name = "netId", required = true)
    private Output<String> netId;

    /** The Subregion of the Subnet. */
    @Import(name = "subregionName")
    private Output<String> subregionName;

    /** If true, NICs created in the Subnet get a public IP. */
    @Import(name = "mapPublicIpOnLaunch")
    private Output<Boolean> mapPublicIpOnLaunch;

    /** Tags (key/value pairs) on the resource. */
    @Import(name = "tags")
    private Output<List<TagArgs>> tags;

    public Output<String> ipRange() {
        return this.ipRange;
    }

    public Output<String> netId() {
        return this.netId;
    }

    public Optional<Output<String>> subregionName() {
        return Optional.ofNullable(this.subregionName);
    }

    public Optional<Output<Boolean>> mapPublicIpOnLaunch() {
        return Optional.ofNullable(this.mapPublicIpOnLaunch);
    }

    public Optional<Output<List<TagArgs>>> tags() {
        return Optional.ofNullable(this.tags);
    }

    private SubnetArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final SubnetArgs $ = new SubnetArgs();

        public Builder ipRange(Output<String> ipRange) {
            $.ipRange = ipRange;
            return this;
        }

        public Builder ipRange(String ipRange) {
            return ipRange(Output.of(ipRange));
        }

        public Builder netId(Output<String> netId) {
            $.netId = netId;
            return this;
        }

        public Builder netId(String netId) {
            return netId(Output.of(netId));
        }

        public Builder subregionName(Output<String> subregionName) {
            $.subregionName = subregionName;
            return this;
        }

        public Builder subregionName(String subregionName) {
            return subregionName(Output.of(subregionName));
        }

        public Builder mapPublicIpOnLaunch(Output<Boolean> mapPublicIpOnLaunch) {
            $.mapPublicIpOnLaunch = mapPublicIpOnLaunch;
            return this;
        }

        public Builder mapPublicIpOnLaunch(Boolean mapPublicIpOnLaunch) {
            return mapPublicIpOnLaunch(Output.of(mapPublicIpOnLaunch));
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

        public SubnetArgs build() {
            if ($.ipRange == null) {
                throw new MissingRequiredPropertyException("SubnetArgs", "ipRange");
            }
            if ($.netId == null) {
                throw new MissingRequiredPropertyException("SubnetArgs", "netId");
            }
            return $;
        }
    }
}
