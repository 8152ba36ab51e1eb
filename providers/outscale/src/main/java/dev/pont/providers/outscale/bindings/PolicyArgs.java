package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@code outscale:index/policy:Policy}. */
public final class PolicyArgs extends ResourceArgs {
    public static final PolicyArgs Empty = new PolicyArgs();

    /** The policy document (JSON). */
    @Import(name = "document", required = true)
    private Output<String> document;

    /** The policy name. */
    @Import(name = "policyName", required = true)
    private Output<String> policyName;

    /** A description. */
    @Import(name = "description")
    private Output<String> description;

    /** The path. */
    @Import(name = "path")
    private Output<String> path;

    public Output<String> document() {
        return this.document;
    }

    public Output<String> policyName() {
        return this.policyName;
    }

    public Optional<Output<String>> description() {
        return Optional.ofNullable(this.description);
    }

    public Optional<Output<String>> path() {
        return Optional.ofNullable(this.path);
    }

    private PolicyArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final PolicyArgs $ = new PolicyArgs();

        public Builder document(Output<String> document) {
            $.document = document;
            return this;
        }

        public Builder document(String document) {
            return document(Output.of(document));
        }

        public Builder policyName(Output<String> policyName) {
            $.policyName = policyName;
            return this;
        }

        public Builder policyName(String policyName) {
            return policyName(Output.of(policyName));
        }

        public Builder description(Output<String> description) {
            $.description = description;
            return this;
        }

        public Builder description(String description) {
            return description(Output.of(description));
        }

        public Builder path(Output<String> path) {
            $.path = path;
            return this;
        }

        public Builder path(String path) {
            return path(Output.of(path));
        }

        public PolicyArgs build() {
            if ($.document == null) {
                throw new MissingRequiredPropertyException("PolicyArgs", "document");
            }
            if ($.policyName == null) {
                throw new MissingRequiredPropertyException("PolicyArgs", "policyName");
            }
            return $;
        }
    }
}
