package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/** Inputs of {@code outscale:index/natService:NatService}. */
public final class NatServiceArgs extends ResourceArgs {
    public static final NatServiceArgs Empty = new NatServiceArgs();

    /** The public IP of the NAT service. */
    @Import(name = "publicIpId", required = true)
    private Output<String> publicIpId;

    /** The Subnet hosting the NAT service. */
    @Import(name = "subnetId", required = true)
    private Output<String> subnetId;

    /** Tags (key/value pairs) on the resource. */
    @Import(name = "tags")
    private Output<List<TagArgs>> tags;

    public Output<String> publicIpId() {
        return this.publicIpId;
    }

    public Output<String> subnetId() {
        return this.subnetId;
    }

    public Optional<Output<List<TagArgs>>> tags() {
        return Optional.ofNullable(this.tags);
    }

    private NatServiceArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final NatServiceArgs $ = new NatServiceArgs();

        public Builder publicIpId(Output<String> publicIpId) {
            $.publicIpId = publicIpId;
            return this;
        }

        public Builder publicIpId(String publicIpId) {
            return publicIpId(Output.of(publicIpId));
        }

        public Builder subnetId(Output<String> subnetId) {
            $.subnetId = subnetId;
            return this;
        }

        public Builder subnetId(String subnetId) {
            return subnetId(Output.of(subnetId));
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

        public NatServiceArgs build() {
            if ($.publicIpId == null) {
                throw new MissingRequiredPropertyException("NatServiceArgs", "publicIpId");
            }
            if ($.subnetId == null) {
                throw new MissingRequiredPropertyException("NatServiceArgs", "subnetId");
            }
            return $;
        }
    }
}
