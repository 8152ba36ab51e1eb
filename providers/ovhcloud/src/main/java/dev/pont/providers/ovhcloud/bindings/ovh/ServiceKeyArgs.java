package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/** Inputs of {@link ServiceKey}. */
public final class ServiceKeyArgs extends ResourceArgs {
    public static final ServiceKeyArgs Empty = new ServiceKeyArgs();

    @Import(name = "okmsId", required = true)
    private Output<String> okmsId;

    @Import(name = "name")
    private Output<String> name;

    @Import(name = "type", required = true)
    private Output<String> type;

    @Import(name = "size")
    private Output<Double> size;

    @Import(name = "curve")
    private Output<String> curve;

    @Import(name = "operations", required = true)
    private Output<List<String>> operations;

    @Import(name = "context")
    private Output<String> context;

    public Output<String> okmsId() {
        return this.okmsId;
    }

    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    public Output<String> type() {
        return this.type;
    }

    public Optional<Output<Double>> size() {
        return Optional.ofNullable(this.size);
    }

    public Optional<Output<String>> curve() {
        return Optional.ofNullable(this.curve);
    }

    public Output<List<String>> operations() {
        return this.operations;
    }

    public Optional<Output<String>> context() {
        return Optional.ofNullable(this.context);
    }

    private ServiceKeyArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final ServiceKeyArgs $ = new ServiceKeyArgs();

        public Builder okmsId(Output<String> okmsId) {
            $.okmsId = okmsId;
            return this;
        }

        public Builder okmsId(String okmsId) {
            return okmsId(Output.of(okmsId));
        }

        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder type(Output<String> type) {
            $.type = type;
            return this;
        }

        public Builder type(String type) {
            return type(Output.of(type));
        }

        public Builder size(Output<Double> size) {
            $.size = size;
            return this;
        }

        public Builder size(Double size) {
            return size(Output.of(size));
        }

        public Builder curve(Output<String> curve) {
            $.curve = curve;
            return this;
        }

        public Builder curve(String curve) {
            return curve(Output.of(curve));
        }

        public Builder operations(Output<List<String>> operations) {
            $.operations = operations;
            return this;
        }

        public Builder operations(List<String> operations) {
            return operations(Output.of(operations));
        }

        public Builder operations(String... operations) {
            return operations(List.of(operations));
        }

        public Builder context(Output<String> context) {
            $.context = context;
            return this;
        }

        public Builder context(String context) {
            return context(Output.of(context));
        }

        public ServiceKeyArgs build() {
            if ($.okmsId == null) {
                throw new MissingRequiredPropertyException("ServiceKeyArgs", "okmsId");
            }
            if ($.type == null) {
                throw new MissingRequiredPropertyException("ServiceKeyArgs", "type");
            }
            if ($.operations == null) {
                throw new MissingRequiredPropertyException("ServiceKeyArgs", "operations");
            }
            return $;
        }
    }
}
