package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/** Inputs of {@code outscale:index/user:User}. */
public final class UserArgs extends ResourceArgs {
    public static final UserArgs Empty = new UserArgs();

    /** The user name, 1 to 64 characters. */
    @Import(name = "userName", required = true)
    private Output<String> userName;

    /** The path, / by default. */
    @Import(name = "path")
    private Output<String> path;

    /** Policies linked to the user. */
    @Import(name = "policies")
    private Output<List<UserPolicyArgs>> policies;

    public Output<String> userName() {
        return this.userName;
    }

    public Optional<Output<String>> path() {
        return Optional.ofNullable(this.path);
    }

    public Optional<Output<List<UserPolicyArgs>>> policies() {
        return Optional.ofNullable(this.policies);
    }

    private UserArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final UserArgs $ = new UserArgs();

        public Builder userName(Output<String> userName) {
            $.userName = userName;
            return this;
        }

        public Builder userName(String userName) {
            return userName(Output.of(userName));
        }

        public Builder path(Output<String> path) {
            $.path = path;
            return this;
        }

        public Builder path(String path) {
            return path(Output.of(path));
        }

        public Builder policies(Output<List<UserPolicyArgs>> policies) {
            $.policies = policies;
            return this;
        }

        public Builder policies(List<UserPolicyArgs> policies) {
            return policies(Output.of(policies));
        }

        public Builder policies(UserPolicyArgs... policies) {
            return policies(List.of(policies));
        }

        public UserArgs build() {
            if ($.userName == null) {
                throw new MissingRequiredPropertyException("UserArgs", "userName");
            }
            return $;
        }
    }
}
