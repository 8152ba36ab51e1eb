package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@code outscale:index/publicIpLink:PublicIpLink}. */
public final class PublicIpLinkArgs extends ResourceArgs {
    public static final PublicIpLinkArgs Empty = new PublicIpLinkArgs();

    /** The allocation ID of the public IP. */
    @Import(name = "publicIpId")
    private Output<String> publicIpId;

    /** The VM. */
    @Import(name = "vmId")
    private Output<String> vmId;

    public Optional<Output<String>> publicIpId() {
        return Optional.ofNullable(this.publicIpId);
    }

    public Optional<Output<String>> vmId() {
        return Optional.ofNullable(this.vmId);
    }

    private PublicIpLinkArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final PublicIpLinkArgs $ = new PublicIpLinkArgs();

        public Builder publicIpId(Output<String> publicIpId) {
            $.publicIpId = publicIpId;
            return this;
        }

        public Builder publicIpId(String publicIpId) {
            return publicIpId(Output.of(publicIpId));
        }

        public Builder vmId(Output<String> vmId) {
            $.vmId = vmId;
            return this;
        }

        public Builder vmId(String vmId) {
            return vmId(Output.of(vmId));
        }

        public PublicIpLinkArgs build() {
            return $;
        }
    }
}
