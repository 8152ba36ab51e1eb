package dev.pont.providers.outscale.bindings;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Optional;

/** The spec of an OKS NodePool ({@code oks.dev/v1beta2}), after the OKS node pool manifest reference. */
public final class NodePoolSpecArgs extends ResourceArgs {
    public static final NodePoolSpecArgs Empty = new NodePoolSpecArgs();

    /** Number of worker nodes. */
    @Import(name = "desiredNodes", required = true)
    private Output<Integer> desiredNodes;

    /** The VM type of the nodes, e.g. tinav7.c4r16p2. */
    @Import(name = "nodeType", required = true)
    private Output<String> nodeType;

    /** Subregions the nodes are spread over. */
    @Import(name = "zones", required = true)
    private Output<List<String>> zones;

    /** Upgrade strategy. */
    @Import(name = "upgradeStrategy")
    private Output<NodePoolUpgradeStrategyArgs> upgradeStrategy;

    /** Whether OKS replaces unhealthy nodes. */
    @Import(name = "autoHealing")
    private Output<Boolean> autoHealing;

    public Output<Integer> desiredNodes() {
        return this.desiredNodes;
    }

    public Output<String> nodeType() {
        return this.nodeType;
    }

    public Output<List<String>> zones() {
        return this.zones;
    }

    public Optional<Output<NodePoolUpgradeStrategyArgs>> upgradeStrategy() {
        return Optional.ofNullable(this.upgradeStrategy);
    }

    public Optional<Output<Boolean>> autoHealing() {
        return Optional.ofNullable(this.autoHealing);
    }

    private NodePoolSpecArgs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final NodePoolSpecArgs $ = new NodePoolSpecArgs();

        public Builder desiredNodes(Output<Integer> desiredNodes) {
            $.desiredNodes = desiredNodes;
            return this;
        }

        public Builder desiredNodes(Integer desiredNodes) {
            return desiredNodes(Output.of(desiredNodes));
        }

        public Builder nodeType(Output<String> nodeType) {
            $.nodeType = nodeType;
            return this;
        }

        public Builder nodeType(String nodeType) {
            return nodeType(Output.of(nodeType));
        }

        public Builder zones(Output<List<String>> zones) {
            $.zones = zones;
            return this;
        }

        public Builder zones(List<String> zones) {
            return zones(Output.of(zones));
        }

        public Builder zones(String... zones) {
            return zones(List.of(zones));
        }

        public Builder upgradeStrategy(Output<NodePoolUpgradeStrategyArgs> upgradeStrategy) {
            $.upgradeStrategy = upgradeStrategy;
            return this;
        }

        public Builder upgradeStrategy(NodePoolUpgradeStrategyArgs upgradeStrategy) {
            return upgradeStrategy(Output.of(upgradeStrategy));
        }

        public Builder autoHealing(Output<Boolean> autoHealing) {
            $.autoHealing = autoHealing;
            return this;
        }

        public Builder autoHealing(Boolean autoHealing) {
            return autoHealing(Output.of(autoHealing));
        }

        public NodePoolSpecArgs build() {
            if ($.desiredNodes == null) {
                throw new MissingRequiredPropertyException("NodePoolSpecArgs", "desiredNodes");
            }
            if ($.nodeType == null) {
                throw new MissingRequiredPropertyException("NodePoolSpecArgs", "nodeType");
            }
            if ($.zones == null) {
                throw new MissingRequiredPropertyException("NodePoolSpecArgs", "zones");
            }
            return $;
        }
    }
}
