package dev.pont.providers.ovhcloud;

import static dev.pont.core.spec.FirewallRule.Endpoint;
import static dev.pont.core.spec.FirewallRule.PortRange;
import static dev.pont.core.spec.FirewallRule.Protocol;
import static dev.pont.providers.ovhcloud.Previews.ofType;
import static dev.pont.providers.ovhcloud.Previews.one;
import static dev.pont.providers.ovhcloud.Previews.preview;
import static dev.pont.providers.ovhcloud.Previews.reasons;
import static dev.pont.providers.ovhcloud.Previews.stack;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.FirewallRule;
import dev.pont.core.spec.FirewallSpec;
import dev.pont.core.spec.Labels;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.SubnetSpec;
import dev.pont.providers.ovhcloud.bindings.openstack.SecGroup;
import dev.pont.providers.ovhcloud.bindings.openstack.SecGroupRule;
import dev.pont.providers.ovhcloud.bindings.ovh.Gateway;
import dev.pont.providers.ovhcloud.bindings.ovh.NetworkPrivate;
import dev.pont.providers.ovhcloud.bindings.ovh.NetworkPrivateSubnetV2;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkTest {

    @Test
    void aNetworkIsAVrackNetworkWithSubnetsAndADenyAllGroupPerSubnet() {
        Plan plan = preview(stack(Previews::network));
        PlannedResource network = one(plan, NetworkPrivate.TYPE, "core");
        assertThat(network.inputs()).containsEntry("name", "demo-core").containsEntry("regions", List.of("GRA11"))
                .containsEntry("serviceName", Previews.PROJECT);
        assertThat(((Number) network.inputs().get("vlanId")).intValue()).isBetween(2, 4000);

        PlannedResource data = one(plan, NetworkPrivateSubnetV2.TYPE, "core-data");
        assertThat(data.inputs()).containsEntry("cidr", "10.20.1.0/24").containsEntry("region", "GRA11")
                .containsEntry("dhcp", true).containsKey("networkId");
        assertThat(data.dependencies()).contains(network.urn());

        assertThat(ofType(plan, SecGroup.TYPE)).hasSize(3).allSatisfy(g ->
                assertThat(g.inputs()).containsEntry("deleteDefaultRules", true).containsEntry("stateful", true));
        assertThat(ofType(plan, SecGroupRule.TYPE)).as("deny by default: no rule without a firewall").isEmpty();
        assertThat(ofType(plan, Gateway.TYPE)).as("no way out unless a firewall allows it").isEmpty();
        assertThat(plan.deviations()).isEmpty();
    }

    @Test
    void networkLabelsGoOnTheSecurityGroups() {
        Plan plan = preview(stack(p -> p.network("core", NetworkSpec.of("10.0.0.0/16", SubnetSpec.of("apps", "10.0.1.0/24"))
                .labels(Labels.of("team", "platform")))));
        assertThat(one(plan, SecGroup.TYPE, "core-apps-sg").inputs().get("tags")).asList().contains("team=platform");
        assertThat(plan.deviations()).as("labels are metadata, not a neutral property: see the README for where they cannot go").isEmpty();
    }

    @Test
    void firewallRulesBecomeSecurityGroupRulesAndEgressGetsAGateway() {
        Plan plan = preview(stack(p -> {
            Previews.network(p);
            p.firewall("fw", FirewallSpec.forNetwork("core",
                    FirewallRule.allowIn("pg", Protocol.TCP, PortRange.of(5432), Endpoint.subnet("core", "compute"), Endpoint.subnet("core", "data")),
                    FirewallRule.allowOut("https-out", Protocol.TCP, PortRange.of(443), Endpoint.subnet("core", "compute"), Endpoint.any())));
        }));
        PlannedResource dataGroup = one(plan, SecGroup.TYPE, "core-data-sg");
        PlannedResource in = one(plan, SecGroupRule.TYPE, "fw-pg-data-in");
        assertThat(in.inputs()).containsEntry("direction", "ingress").containsEntry("ethertype", "IPv4").containsEntry("protocol", "tcp")
                .containsEntry("portRangeMin", 5432L).containsEntry("portRangeMax", 5432L).containsEntry("remoteIpPrefix", "10.20.2.0/23");
        assertThat(in.dependencies()).contains(dataGroup.urn());
        assertThat(one(plan, SecGroupRule.TYPE, "fw-pg-compute-out").inputs()).containsEntry("direction", "egress")
                .containsEntry("remoteIpPrefix", "10.20.1.0/24");
        assertThat(one(plan, SecGroupRule.TYPE, "fw-https-out-compute-out").inputs()).containsEntry("remoteIpPrefix", "0.0.0.0/0");
        assertThat(ofType(plan, SecGroupRule.TYPE)).hasSize(3);

        assertThat(ofType(plan, Gateway.TYPE)).singleElement().satisfies(g -> {
            assertThat(g.name()).isEqualTo("fw-core-compute-gateway");
            assertThat(g.inputs()).containsEntry("model", "s").containsEntry("region", "GRA11").containsKeys("networkId", "subnetId");
        });
        assertThat(plan.deviations()).isEmpty();
    }

    @Test
    void aRuleOutsideTheNetworkIsAOneLineError() {
        var stack = stack(p -> {
            Previews.network(p);
            p.firewall("fw", FirewallSpec.forNetwork("core",
                    FirewallRule.allowIn("web", Protocol.TCP, PortRange.of(443), Endpoint.any(), Endpoint.cidr("172.16.0.0/16"))));
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> preview(stack))
                .isInstanceOf(dev.pont.core.PontException.class)
                .hasMessage("target ovhcloud, firewall 'fw': firewall rule 'web' concerns no subnet of network 'core': its destination "
                        + "172.16.0.0/16 is outside 10.20.0.0/16: use a subnet of the network or a CIDR inside it");
    }

    @Test
    void whatSecurityGroupsCannotExpressIsADeviation() {
        Plan plan = preview(stack(p -> {
            Previews.network(p);
            p.firewall("fw", FirewallSpec.forNetwork("core",
                    FirewallRule.allowIn("ssh-one-host", Protocol.TCP, PortRange.of(22), Endpoint.cidr("192.0.2.7/32"), Endpoint.cidr("10.20.4.8/29"))));
        }));
        assertThat(reasons(plan, "fw")).singleElement().asString().contains("ssh-one-host").contains("every instance of 'admin'");
    }
}
