package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@code outscale:index/route:Route}. */
public final class RouteArgs extends ResourceArgs {
    public static final RouteArgs Empty = new RouteArgs();

    /** The destination range, in CIDR notation. */
    @Import(name = "destinationIpRange", required = true)
    private Output<String> destinationIpRange;

    /** The route table. */
    @Import(name = "routeTableId", required = true)
    private Output<String> routeTableId;

    /** An internet service or virtual gateway attached to the Net. */
    @Import(name = "gatewayId")
    private Output<String> gatewayId;

    /** A NAT service. */
    @Import(name = "natServiceId")
    private Output<String> natServiceId;

    public Output<String> destinationIpRange() {
        return this.destinationIpRange;
    }

    public Output<String> routeTableId() {
        return this.routeTableId;
    }

    public Optional<Output<String>> gatewayId() {
        return Optional.ofNullable(this.gatewayId);
    }

    public Optional<Output<String>> natServiceId() {
        return Optional.ofNullable(this.natServiceId);
    }

    private RouteArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final RouteArgs $ = new RouteArgs();

        public Builder destinationIpRange(Output<String> destinationIpRange) {
            $.destinationIpRange = destinationIpRange;
            return this;
        }

        public Builder destinationIpRange(String destinationIpRange) {
            return destinationIpRange(Output.of(destinationIpRange));
        }

        public Builder routeTableId(Output<String> routeTableId) {
            $.routeTableId = routeTableId;
            return this;
        }

        public Builder routeTableId(String routeTableId) {
            return routeTableId(Output.of(routeTableId));
        }

        public Builder gatewayId(Output<String> gatewayId) {
            $.gatewayId = gatewayId;
            return this;
        }

        public Builder gatewayId(String gatewayId) {
            return gatewayId(Output.of(gatewayId));
        }

        public Builder natServiceId(Output<String> natServiceId) {
            $.natServiceId = natServiceId;
            return this;
        }

        public Builder natServiceId(String natServiceId) {
            return natServiceId(Output.of(natServiceId));
        }

        public RouteArgs build() {
            if ($.destinationIpRange == null) {
                throw new MissingRequiredPropertyException("RouteArgs", "destinationIpRange");
            }
            if ($.routeTableId == null) {
                throw new MissingRequiredPropertyException("RouteArgs", "routeTableId");
            }
            return $;
        }
    }
}
