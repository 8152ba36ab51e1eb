package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Optional;

/** How OKS replaces the nodes of a pool on upgrades. */
public final class NodePoolUpgradeStrategyArgs extends ResourceArgs {
    public static final NodePoolUpgradeStrategyArgs Empty = new NodePoolUpgradeStrategyArgs();

    /** Nodes that may be unavailable at once. */
    @Import(name = "maxUnavailable")
    private Output<Integer> maxUnavailable;

    /** Extra nodes created during an upgrade. */
    @Import(name = "maxSurge")
    private Output<Integer> maxSurge;

    /** Whether OKS upgrades the nodes automatically. */
    @Import(name = "autoUpgradeEnabled")
    private Output<Boolean> autoUpgradeEnabled;

    public Optional<Output<Integer>> maxUnavailable() {
        return Optional.ofNullable(this.maxUnavailable);
    }

    public Optional<Output<Integer>> maxSurge() {
        return Optional.ofNullable(this.maxSurge);
    }

    public Optional<Output<Boolean>> autoUpgradeEnabled() {
        return Optional.ofNullable(this.autoUpgradeEnabled);
    }

    private NodePoolUpgradeStrategyArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final NodePoolUpgradeStrategyArgs $ = new NodePoolUpgradeStrategyArgs();

        public Builder maxUnavailable(Output<Integer> maxUnavailable) {
            $.maxUnavailable = maxUnavailable;
            return this;
        }

        public Builder maxUnavailable(Integer maxUnavailable) {
            return maxUnavailable(Output.of(maxUnavailable));
        }

        public Builder maxSurge(Output<Integer> maxSurge) {
            $.maxSurge = maxSurge;
            return this;
        }

        public Builder maxSurge(Integer maxSurge) {
            return maxSurge(Output.of(maxSurge));
        }

        public Builder autoUpgradeEnabled(Output<Boolean> autoUpgradeEnabled) {
            $.autoUpgradeEnabled = autoUpgradeEnabled;
            return this;
        }

        public Builder autoUpgradeEnabled(Boolean autoUpgradeEnabled) {
            return autoUpgradeEnabled(Output.of(autoUpgradeEnabled));
        }

        public NodePoolUpgradeStrategyArgs build() {
            return $;
        }
    }
}
