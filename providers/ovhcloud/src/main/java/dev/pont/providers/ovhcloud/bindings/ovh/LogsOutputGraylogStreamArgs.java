package dev.pont.providers.ovhcloud.bindings.ovh;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@link LogsOutputGraylogStream}. */
public final class LogsOutputGraylogStreamArgs extends ResourceArgs {
    public static final LogsOutputGraylogStreamArgs Empty = new LogsOutputGraylogStreamArgs();

    @Import(name = "serviceName", required = true)
    private Output<String> serviceName;

    @Import(name = "title", required = true)
    private Output<String> title;

    @Import(name = "description", required = true)
    private Output<String> description;

    @Import(name = "indexingEnabled")
    private Output<Boolean> indexingEnabled;

    @Import(name = "coldStorageEnabled")
    private Output<Boolean> coldStorageEnabled;

    @Import(name = "coldStorageRetention")
    private Output<Integer> coldStorageRetention;

    @Import(name = "coldStorageTarget")
    private Output<String> coldStorageTarget;

    @Import(name = "coldStorageContent")
    private Output<String> coldStorageContent;

    @Import(name = "coldStorageCompression")
    private Output<String> coldStorageCompression;

    @Import(name = "retentionId")
    private Output<String> retentionId;

    public Output<String> serviceName() {
        return this.serviceName;
    }

    public Output<String> title() {
        return this.title;
    }

    public Output<String> description() {
        return this.description;
    }

    public Optional<Output<Boolean>> indexingEnabled() {
        return Optional.ofNullable(this.indexingEnabled);
    }

    public Optional<Output<Boolean>> coldStorageEnabled() {
        return Optional.ofNullable(this.coldStorageEnabled);
    }

    public Optional<Output<Integer>> coldStorageRetention() {
        return Optional.ofNullable(this.coldStorageRetention);
    }

    public Optional<Output<String>> coldStorageTarget() {
        return Optional.ofNullable(this.coldStorageTarget);
    }

    public Optional<Output<String>> coldStorageContent() {
        return Optional.ofNullable(this.coldStorageContent);
    }

    public Optional<Output<String>> coldStorageCompression() {
        return Optional.ofNullable(this.coldStorageCompression);
    }

    public Optional<Output<String>> retentionId() {
        return Optional.ofNullable(this.retentionId);
    }

    private LogsOutputGraylogStreamArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final LogsOutputGraylogStreamArgs $ = new LogsOutputGraylogStreamArgs();

        public Builder serviceName(Output<String> serviceName) {
            $.serviceName = serviceName;
            return this;
        }

        public Builder serviceName(String serviceName) {
            return serviceName(Output.of(serviceName));
        }

        public Builder title(Output<String> title) {
            $.title = title;
            return this;
        }

        public Builder title(String title) {
            return title(Output.of(title));
        }

        public Builder description(Output<String> description) {
            $.description = description;
            return this;
        }

        public Builder description(String description) {
            return description(Output.of(description));
        }

        public Builder indexingEnabled(Output<Boolean> indexingEnabled) {
            $.indexingEnabled = indexingEnabled;
            return this;
        }

        public Builder indexingEnabled(Boolean indexingEnabled) {
            return indexingEnabled(Output.of(indexingEnabled));
        }

        public Builder coldStorageEnabled(Output<Boolean> coldStorageEnabled) {
            $.coldStorageEnabled = coldStorageEnabled;
            return this;
        }

        public Builder coldStorageEnabled(Boolean coldStorageEnabled) {
            return coldStorageEnabled(Output.of(coldStorageEnabled));
        }

        public Builder coldStorageRetention(Output<Integer> coldStorageRetention) {
            $.coldStorageRetention = coldStorageRetention;
            return this;
        }

        public Builder coldStorageRetention(Integer coldStorageRetention) {
            return coldStorageRetention(Output.of(coldStorageRetention));
        }

        public Builder coldStorageTarget(Output<String> coldStorageTarget) {
            $.coldStorageTarget = coldStorageTarget;
            return this;
        }

        public Builder coldStorageTarget(String coldStorageTarget) {
            return coldStorageTarget(Output.of(coldStorageTarget));
        }

        public Builder coldStorageContent(Output<String> coldStorageContent) {
            $.coldStorageContent = coldStorageContent;
            return this;
        }

        public Builder coldStorageContent(String coldStorageContent) {
            return coldStorageContent(Output.of(coldStorageContent));
        }

        public Builder coldStorageCompression(Output<String> coldStorageCompression) {
            $.coldStorageCompression = coldStorageCompression;
            return this;
        }

        public Builder coldStorageCompression(String coldStorageCompression) {
            return coldStorageCompression(Output.of(coldStorageCompression));
        }

        public Builder retentionId(Output<String> retentionId) {
            $.retentionId = retentionId;
            return this;
        }

        public Builder retentionId(String retentionId) {
            return retentionId(Output.of(retentionId));
        }

        public LogsOutputGraylogStreamArgs build() {
            if ($.serviceName == null) {
                throw new MissingRequiredPropertyException("LogsOutputGraylogStreamArgs", "serviceName");
            }
            if ($.title == null) {
                throw new MissingRequiredPropertyException("LogsOutputGraylogStreamArgs", "title");
            }
            if ($.description == null) {
                throw new MissingRequiredPropertyException("LogsOutputGraylogStreamArgs", "description");
            }
            return $;
        }
    }
}
