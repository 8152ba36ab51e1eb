package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** A tag. The schema defines one structurally identical tag type per resource ({@code outscale:index/NetTag:NetTag}, {@code SubnetTag}, ...): one class serves them all. */
public final class TagArgs extends ResourceArgs {
    public static final TagArgs Empty = new TagArgs();

    /** The tag key, at least one character. */
    @Import(name = "key", required = true)
    private Output<String> key;

    /** The tag value, 0 to 255 characters. */
    @Import(name = "value")
    private Output<String> value;

    public Output<String> key() {
        return this.key;
    }

    public Optional<Output<String>> value() {
        return Optional.ofNullable(this.value);
    }

    private TagArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final TagArgs $ = new TagArgs();

        public Builder key(Output<String> key) {
            $.key = key;
            return this;
        }

        public Builder key(String key) {
            return key(Output.of(key));
        }

        public Builder value(Output<String> value) {
            $.value = value;
            return this;
        }

        public Builder value(String value) {
            return value(Output.of(value));
        }

        public TagArgs build() {
            if ($.key == null) {
                throw new MissingRequiredPropertyException("TagArgs", "key");
            }
            return $;
        }
    }
}
