package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/** Inputs of {@code outscale:index/keypair:Keypair}. */
public final class KeypairArgs extends ResourceArgs {
    public static final KeypairArgs Empty = new KeypairArgs();

    /** A unique name for the keypair. */
    @Import(name = "keypairName", required = true)
    private Output<String> keypairName;

    /** The public key to import, Base64-encoded. */
    @Import(name = "publicKey")
    private Output<String> publicKey;

    /** Tags (key/value pairs) on the resource. */
    @Import(name = "tags")
    private Output<List<TagArgs>> tags;

    public Output<String> keypairName() {
        return this.keypairName;
    }

    public Optional<Output<String>> publicKey() {
        return Optional.ofNullable(this.publicKey);
    }

    public Optional<Output<List<TagArgs>>> tags() {
        return Optional.ofNullable(this.tags);
    }

    private KeypairArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final KeypairArgs $ = new KeypairArgs();

        public Builder keypairName(Output<String> keypairName) {
            $.keypairName = keypairName;
            return this;
        }

        public Builder keypairName(String keypairName) {
            return keypairName(Output.of(keypairName));
        }

        public Builder publicKey(Output<String> publicKey) {
            $.publicKey = publicKey;
            return this;
        }

        public Builder publicKey(String publicKey) {
            return publicKey(Output.of(publicKey));
        }

        public Builder tags(Output<List<TagArgs>> tags) {
            $.tags = tags;
            return this;
        }

        public Builder tags(List<TagArgs> tags) {
            return tags(Output.of(tags));
        }

        public Builder tags(TagArgs... tags) {
            return tags(List.of(tags));
        }

        public KeypairArgs build() {
            if ($.keypairName == null) {
                throw new MissingRequiredPropertyException("KeypairArgs", "keypairName");
            }
            return $;
        }
    }
}
