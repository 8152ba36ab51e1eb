package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@code outscale:index/routeTableLink:RouteTableLink}. */
public final class RouteTableLinkArgs extends ResourceArgs {
    public static final RouteTableLinkArgs Empty = new RouteTableLinkArgs();

    /** The route table. */
    @Import(name = "routeTableId", required = true)
    private Output<String> routeTableId;

    /** The Subnet. */
    @Import(name = "subnetId", required = true)
    private Output<String> subnetId;

    public Output<String> routeTableId() {
        return this.routeTableId;
    }

    public Output<String> subnetId() {
        return this.subnetId;
    }

    private RouteTableLinkArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final RouteTableLinkArgs $ = new RouteTableLinkArgs();

        public Builder routeTableId(Output<String> routeTableId) {
            $.routeTableId = routeTableId;
            return this;
        }

        public Builder routeTableId(String routeTableId) {
            return routeTableId(Output.of(routeTableId));
        }

        public Builder subnetId(Output<String> subnetId) {
            $.subnetId = subnetId;
            return this;
        }

        public Builder subnetId(String subnetId) {
            return subnetId(Output.of(subnetId));
        }

        public RouteTableLinkArgs build() {
            if ($.routeTableId == null) {
                throw new MissingRequiredPropertyException("RouteTableLinkArgs", "routeTableId");
            }
            if ($.subnetId == null) {
                throw new MissingRequiredPropertyException("RouteTableLinkArgs", "subnetId");
            }
            return $;
        }
    }
}
