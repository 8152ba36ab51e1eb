package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@link DatabaseLogSubscription}. */
public final class DatabaseLogSubscriptionArgs extends ResourceArgs {
    public static final DatabaseLogSubscriptionArgs Empty = new DatabaseLogSubscriptionArgs();

    @Import(name = "serviceName")
    private Output<String> serviceName;

    @Import(name = "engine", required = true)
    private Output<String> engine;

    @Import(name = "clusterId", required = true)
    private Output<String> clusterId;

    @Import(name = "kind", required = true)
    private Output<String> kind;

    @Import(name = "streamId", required = true)
    private Output<String> streamId;

    public Optional<Output<String>> serviceName() {
        return Optional.ofNullable(this.serviceName);
    }

    public Output<String> engine() {
        return this.engine;
    }

    public Output<String> clusterId() {
        return this.clusterId;
    }

    public Output<String> kind() {
        return this.kind;
    }

    public Output<String> streamId() {
        return this.streamId;
    }

    private DatabaseLogSubscriptionArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final DatabaseLogSubscriptionArgs $ = new DatabaseLogSubscriptionArgs();

        public Builder serviceName(Output<String> serviceName) {
            $.serviceName = serviceName;
            return this;
        }

        public Builder serviceName(String serviceName) {
            return serviceName(Output.of(serviceName));
        }

        public Builder engine(Output<String> engine) {
            $.engine = engine;
            return this;
        }

        public Builder engine(String engine) {
            return engine(Output.of(engine));
        }

        public Builder clusterId(Output<String> clusterId) {
            $.clusterId = clusterId;
            return this;
        }

        public Builder clusterId(String clusterId) {
            return clusterId(Output.of(clusterId));
        }

        public Builder kind(Output<String> kind) {
            $.kind = kind;
            return this;
        }

        public Builder kind(String kind) {
            return kind(Output.of(kind));
        }

        public Builder streamId(Output<String> streamId) {
            $.streamId = streamId;
            return this;
        }

        public Builder streamId(String streamId) {
            return streamId(Output.of(streamId));
        }

        public DatabaseLogSubscriptionArgs build() {
            if ($.engine == null) {
                throw new MissingRequiredPropertyException("DatabaseLogSubscriptionArgs", "engine");
            }
            if ($.clusterId == null) {
                throw new MissingRequiredPropertyException("DatabaseLogSubscriptionArgs", "clusterId");
            }
            if ($.kind == null) {
                throw new MissingRequiredPropertyException("DatabaseLogSubscriptionArgs", "kind");
            }
            if ($.streamId == null) {
                throw new MissingRequiredPropertyException("DatabaseLogSubscriptionArgs", "streamId");
            }
            return $;
        }
    }
}
