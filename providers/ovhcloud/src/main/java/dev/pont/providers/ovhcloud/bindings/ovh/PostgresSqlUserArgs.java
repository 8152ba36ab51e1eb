package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/** Inputs of {@link PostgresSqlUser}. */
public final class PostgresSqlUserArgs extends ResourceArgs {
    public static final PostgresSqlUserArgs Empty = new PostgresSqlUserArgs();

    @Import(name = "serviceName")
    private Output<String> serviceName;

    @Import(name = "clusterId", required = true)
    private Output<String> clusterId;

    @Import(name = "name")
    private Output<String> name;

    @Import(name = "roles")
    private Output<List<String>> roles;

    public Optional<Output<String>> serviceName() {
        return Optional.ofNullable(this.serviceName);
    }

    public Output<String> clusterId() {
        return this.clusterId;
    }

    public Optional<Output<String>> name() {
        return Optional.ofNullable(this.name);
    }

    public Optional<Output<List<String>>> roles() {
        return Optional.ofNullable(this.roles);
    }

    private PostgresSqlUserArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final PostgresSqlUserArgs $ = new PostgresSqlUserArgs();

        public Builder serviceName(Output<String> serviceName) {
            $.serviceName = serviceName;
            return this;
        }

        public Builder serviceName(String serviceName) {
            return serviceName(Output.of(serviceName));
        }

        public Builder clusterId(Output<String> clusterId) {
            $.clusterId = clusterId;
            return this;
        }

        public Builder clusterId(String clusterId) {
            return clusterId(Output.of(clusterId));
        }

        public Builder name(Output<String> name) {
            $.name = name;
            return this;
        }

        public Builder name(String name) {
            return name(Output.of(name));
        }

        public Builder roles(Output<List<String>> roles) {
            $.roles = roles;
            return this;
        }

        public Builder roles(List<String> roles) {
            return roles(Output.of(roles));
        }

        public Builder roles(String... roles) {
            return roles(List.of(roles));
        }

        public PostgresSqlUserArgs build() {
            if ($.clusterId == null) {
                throw new MissingRequiredPropertyException("PostgresSqlUserArgs", "clusterId");
            }
            return $;
        }
    }
}
