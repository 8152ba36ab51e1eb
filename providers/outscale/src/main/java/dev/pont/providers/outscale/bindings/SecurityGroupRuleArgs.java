package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** Inputs of {@code outscale:index/securityGroupRule:SecurityGroupRule}. */
public final class SecurityGroupRuleArgs extends ResourceArgs {
    public static final SecurityGroupRuleArgs Empty = new SecurityGroupRuleArgs();

    /** Inbound or Outbound (Outbound in a Net only). */
    @Import(name = "flow", required = true)
    private Output<String> flow;

    /** The security group. */
    @Import(name = "securityGroupId", required = true)
    private Output<String> securityGroupId;

    /** tcp, udp, icmp, or -1 for all protocols. */
    @Import(name = "ipProtocol")
    private Output<String> ipProtocol;

    /** First port (TCP/UDP) or ICMP type. */
    @Import(name = "fromPortRange")
    private Output<Integer> fromPortRange;

    /** Last port (TCP/UDP) or ICMP code. */
    @Import(name = "toPortRange")
    private Output<Integer> toPortRange;

    /** The peer IP range, in CIDR notation. */
    @Import(name = "ipRange")
    private Output<String> ipRange;

    public Output<String> flow() {
        return this.flow;
    }

    public Output<String> securityGroupId() {
        return this.securityGroupId;
    }

    public Optional<Output<String>> ipProtocol() {
        return Optional.ofNullable(this.ipProtocol);
    }

    public Optional<Output<Integer>> fromPortRange() {
        return Optional.ofNullable(this.fromPortRange);
    }

    public Optional<Output<Integer>> toPortRange() {
        return Optional.ofNullable(this.toPortRange);
    }

    public Optional<Output<String>> ipRange() {
        return Optional.ofNullable(this.ipRange);
    }

    private SecurityGroupRuleArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final SecurityGroupRuleArgs $ = new SecurityGroupRuleArgs();

        public Builder flow(Output<String> flow) {
            $.flow = flow;
            return this;
        }

        public Builder flow(String flow) {
            return flow(Output.of(flow));
        }

        public Builder securityGroupId(Output<String> securityGroupId) {
            $.securityGroupId = securityGroupId;
            return this;
        }

        public Builder securityGroupId(String securityGroupId) {
            return securityGroupId(Output.of(securityGroupId));
        }

        public Builder ipProtocol(Output<String> ipProtocol) {
            $.ipProtocol = ipProtocol;
            return this;
        }

        public Builder ipProtocol(String ipProtocol) {
            return ipProtocol(Output.of(ipProtocol));
        }

        public Builder fromPortRange(Output<Integer> fromPortRange) {
            $.fromPortRange = fromPortRange;
            return this;
        }

        public Builder fromPortRange(Integer fromPortRange) {
            return fromPortRange(Output.of(fromPortRange));
        }

        public Builder toPortRange(Output<Integer> toPortRange) {
            $.toPortRange = toPortRange;
            return this;
        }

        public Builder toPortRange(Integer toPortRange) {
            return toPortRange(Output.of(toPortRange));
        }

        public Builder ipRange(Output<String> ipRange) {
            $.ipRange = ipRange;
            return this;
        }

        public Builder ipRange(String ipRange) {
            return ipRange(Output.of(ipRange));
        }

        public SecurityGroupRuleArgs build() {
            if ($.flow == null) {
                throw new MissingRequiredPropertyException("SecurityGroupRuleArgs", "flow");
            }
            if ($.securityGroupId == null) {
                throw new MissingRequiredPropertyException("SecurityGroupRuleArgs", "securityGroupId");
            }
            return $;
        }
    }
}
