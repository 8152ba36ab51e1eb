package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/** Inputs of {@code outscale:index/securityGroup:SecurityGroup}. */
public final class SecurityGroupArgs extends ResourceArgs {
    public static final SecurityGroupArgs Empty = new SecurityGroupArgs();

    /** A description, 1 to 255 characters. */
    @Import(name = "description", required = true)
    private Output<String> description;

    /** The Net of the security group. */
    @Import(name = "netId")
    private Output<String> netId;

    /** A unique name, not starting with sg-. */
    @Import(name = "securityGroupName")
    private Output<String> securityGroupName;

    /** (Net only) If true, the group is created without the default allow-all outbound rule. */
    @Import(name = "removeDefaultOutboundRule")
    private Output<Boolean> removeDefaultOutboundRule;

    /** Tags (key/value pairs) on the resource. */
    @Import(name = "tags")
    private Output<List<TagArgs>> tags;

    public Output<String> description() {
        return this.description;
    }

    public Optional<Output<String>> netId() {
        return Optional.ofNullable(this.netId);
    }

    public Optional<Output<String>> securityGroupName() {
        return Optional.ofNullable(this.securityGroupName);
    }

    public Optional<Output<Boolean>> removeDefaultOutboundRule() {
        return Optional.ofNullable(this.removeDefaultOutboundRule);
    }

    public Optional<Output<List<TagArgs>>> tags() {
        return Optional.ofNullable(this.tags);
    }

    private SecurityGroupArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final SecurityGroupArgs $ = new SecurityGroupArgs();

        public Builder description(Output<String> description) {
            $.description = description;
            return this;
        }

        public Builder description(String description) {
            return description(Output.of(description));
        }

        public Builder netId(Output<String> netId) {
            $.netId = netId;
            return this;
        }

        public Builder netId(String netId) {
            return netId(Output.of(netId));
        }

        public Builder securityGroupName(Output<String> securityGroupName) {
            $.securityGroupName = securityGroupName;
            return this;
        }

        public Builder securityGroupName(String securityGroupName) {
            return securityGroupName(Output.of(securityGroupName));
        }

        public Builder removeDefaultOutboundRule(Output<Boolean> removeDefaultOutboundRule) {
            $.removeDefaultOutboundRule = removeDefaultOutboundRule;
            return this;
        }

        public Builder removeDefaultOutboundRule(Boolean removeDefaultOutboundRule) {
            return removeDefaultOutboundRule(Output.of(removeDefaultOutboundRule));
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

        public SecurityGroupArgs build() {
            if ($.description == null) {
                throw new MissingRequiredPropertyException("SecurityGroupArgs", "description");
            }
            return $;
        }
    }
}
