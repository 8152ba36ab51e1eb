package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@link Gateway}. */
public final class GatewayArgs extends ResourceArgs {
    public static final GatewayArgs Empty = new GatewayArgs();

    @Import(name = "serviceName")
    private Output<String> serviceName;

    @Import(name = "name")
    private Output<String> name;

    @Import(name = "model", required = true)
    private Output<String> model;

    @Import(name = "region", required = true)
    private Output<String> region;

    @Import(name = "networkId", required = true)
    private Output<String> networkId;

    @Import(name = "subnetId", required = true)
    private Output<String> subnetId;

    public Optional<Output<String>> serviceName() {
        return Optional.ofNullable(this.serviceName);
    }

    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    public Output<String> model() {
        return this.model;
    }

    public Output<String> region() {
        return this.region;
    }

    public Output<String> networkId() {
        return this.networkId;
    }

    public Output<String> subnetId() {
        return this.subnetId;
    }

    private GatewayArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final GatewayArgs $ = new GatewayArgs();

        public Builder serviceName(Output<String> serviceName) {
            $.serviceName = serviceName;
            return this;
        }

        public Builder serviceName(String serviceName) {
            return serviceName(Output.of(serviceName));
        }

        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder model(Output<String> model) {
            $.model = model;
            return this;
        }

        public Builder model(String model) {
            return model(Output.of(model));
        }

        public Builder region(Output<String> region) {
            $.region = region;
            return this;
        }

        public Builder region(String region) {
            return region(Output.of(region));
        }

        public Builder networkId(Output<String> networkId) {
            $.networkId = networkId;
            return this;
        }

        public Builder networkId(String networkId) {
            return networkId(Output.of(networkId));
        }

        public Builder subnetId(Output<String> subnetId) {
            $.subnetId = subnetId;
            return this;
        }

        public Builder subnetId(String subnetId) {
            return subnetId(Output.of(subnetId));
        }

        public GatewayArgs build() {
            if ($.model == null) {
                throw new MissingRequiredPropertyException("GatewayArgs", "model");
            }
            if ($.region == null) {
                throw new MissingRequiredPropertyException("GatewayArgs", "region");
            }
            if ($.networkId == null) {
                throw new MissingRequiredPropertyException("GatewayArgs", "networkId");
            }
            if ($.subnetId == null) {
                throw new MissingRequiredPropertyException("GatewayArgs", "subnetId");
            }
            return $;
        }
    }
}
