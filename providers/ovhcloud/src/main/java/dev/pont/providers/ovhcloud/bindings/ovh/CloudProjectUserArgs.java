package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/** Inputs of {@link CloudProjectUser}. */
public final class CloudProjectUserArgs extends ResourceArgs {
    public static final CloudProjectUserArgs Empty = new CloudProjectUserArgs();

    @Import(name = "serviceName")
    private Output<String> serviceName;

    @Import(name = "description")
    private Output<String> description;

    @Import(name = "roleNames")
    private Output<List<String>> roleNames;

    public Optional<Output<String>> serviceName() {
        return Optional.ofNullable(this.serviceName);
    }

    public Optional<Output<String>> description() {
        return Optional.ofNullable(this.description);
    }

    public Optional<Output<List<String>>> roleNames() {
        return Optional.ofNullable(this.roleNames);
    }

    private CloudProjectUserArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final CloudProjectUserArgs $ = new CloudProjectUserArgs();

        public Builder serviceName(Output<String> serviceName) {
            $.serviceName = serviceName;
            return this;
        }

        public Builder serviceName(String serviceName) {
            return serviceName(Output.of(serviceName));
        }

        public Builder description(Output<String> description) {
            $.description = description;
            return this;
        }

        public Builder description(String description) {
            return description(Output.of(description));
        }

        public Builder roleNames(Output<List<String>> roleNames) {
            $.roleNames = roleNames;
            return this;
        }

        public Builder roleNames(List<String> roleNames) {
            return roleNames(Output.of(roleNames));
        }

        public Builder roleNames(String... roleNames) {
            return roleNames(List.of(roleNames));
        }

        public CloudProjectUserArgs build() {
            return $;
        }
    }
}
