package dev.pont.providers.ovhcloud.bindings.openstack;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@link FloatingIpAssociate}. */
public final class FloatingIpAssociateArgs extends ResourceArgs {
    public static final FloatingIpAssociateArgs Empty = new FloatingIpAssociateArgs();

    @Import(name = "floatingIp", required = true)
    private Output<String> floatingIp;

    @Import(name = "portId", required = true)
    private Output<String> portId;

    @Import(name = "region")
    private Output<String> region;

    public Output<String> floatingIp() {
        return this.floatingIp;
    }

    public Output<String> portId() {
        return this.portId;
    }

    public Optional<Output<String>> region() {
        return Optional.ofNullable(this.region);
    }

    private FloatingIpAssociateArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final FloatingIpAssociateArgs $ = new FloatingIpAssociateArgs();

        public Builder floatingIp(Output<String> floatingIp) {
            $.floatingIp = floatingIp;
            return this;
        }

        public Builder floatingIp(String floatingIp) {
            return floatingIp(Output.of(floatingIp));
        }

        public Builder portId(Output<String> portId) {
            $.portId = portId;
            return this;
        }

        public Builder portId(String portId) {
            return portId(Output.of(portId));
        }

        public Builder region(Output<String> region) {
            $.region = region;
            return this;
        }

        public Builder region(String region) {
            return region(Output.of(region));
        }

        public FloatingIpAssociateArgs build() {
            if ($.floatingIp == null) {
                throw new MissingRequiredPropertyException("FloatingIpAssociateArgs", "floatingIp");
            }
            if ($.portId == null) {
                throw new MissingRequiredPropertyException("FloatingIpAssociateArgs", "portId");
            }
            return $;
        }
    }
}
