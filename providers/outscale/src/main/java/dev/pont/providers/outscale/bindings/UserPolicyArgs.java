package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** A policy linked to an EIM user. */
public final class UserPolicyArgs extends ResourceArgs {
    public static final UserPolicyArgs Empty = new UserPolicyArgs();

    /** The ORN of the policy. */
    @Import(name = "policyOrn", required = true)
    private Output<String> policyOrn;

    /** The policy version to make the default one. */
    @Import(name = "defaultVersionId")
    private Output<String> defaultVersionId;

    public Output<String> policyOrn() {
        return this.policyOrn;
    }

    public Optional<Output<String>> defaultVersionId() {
        return Optional.ofNullable(this.defaultVersionId);
    }

    private UserPolicyArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final UserPolicyArgs $ = new UserPolicyArgs();

        public Builder policyOrn(Output<String> policyOrn) {
            $.policyOrn = policyOrn;
            return this;
        }

        public Builder policyOrn(String policyOrn) {
            return policyOrn(Output.of(policyOrn));
        }

        public Builder defaultVersionId(Output<String> defaultVersionId) {
            $.defaultVersionId = defaultVersionId;
            return this;
        }

        public Builder defaultVersionId(String defaultVersionId) {
            return defaultVersionId(Output.of(defaultVersionId));
        }

        public UserPolicyArgs build() {
            if ($.policyOrn == null) {
                throw new MissingRequiredPropertyException("UserPolicyArgs", "policyOrn");
            }
            return $;
        }
    }
}
