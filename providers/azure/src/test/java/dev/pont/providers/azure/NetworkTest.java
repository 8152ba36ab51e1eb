package dev.pont.providers.azure;

import static dev.pont.core.spec.FirewallRule.Endpoint;
import static dev.pont.core.spec.FirewallRule.PortRange;
import static dev.pont.core.spec.FirewallRule.Protocol;
import static dev.pont.providers.azure.Previews.at;
import static dev.pont.providers.azure.Previews.component;
import static dev.pont.providers.azure.Previews.dependsOn;
import static dev.pont.providers.azure.Previews.id;
import static dev.pont.providers.azure.Previews.named;
import static dev.pont.providers.azure.Previews.preview;
import static dev.pont.providers.azure.Previews.stack;
import static dev.pont.providers.azure.Previews.under;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.FirewallRule;
import dev.pont.core.spec.FirewallSpec;
import dev.pont.core.spec.Labels;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.SubnetSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NetworkTest {
    static final NetworkSpec CORE = NetworkSpec.of("10.20.0.0/16",
            SubnetSpec.of("data", "10.20.1.0/24"),
            SubnetSpec.of("app", "10.20.2.0/24"),
            SubnetSpec.of("admin", "10.20.4.0/24")).labels(Labels.dataClass("health"));

    static Plan plan;

    @BeforeAll
    static void previewOnce() {
        plan = preview(stack(p -> {
            p.network("core", CORE);
            p.firewall("fw", FirewallSpec.forNetwork("core",
                    FirewallRule.allowIn("app-to-db", Protocol.TCP, PortRange.of(5432), Endpoint.subnet("core", "app"), Endpoint.subnet("core", "data")),
                    FirewallRule.allowIn("ops-ssh", Protocol.TCP, PortRange.of(22), Endpoint.cidr("192.0.2.0/24"), Endpoint.subnet("core", "admin")),
                    FirewallRule.allowIn("dns", Protocol.UDP, PortRange.of(53, 54), Endpoint.any(), Endpoint.cidr("10.20.1.0/25")),
                    FirewallRule.allowIn("ping", Protocol.ICMP, null, Endpoint.subnet("core", "admin"), Endpoint.cidr("10.20.0.0/16")),
                    FirewallRule.allowOut("app-https", Protocol.TCP, PortRange.of(443), Endpoint.subnet("core", "app"), Endpoint.cidr("0.0.0.0/0")),
                    FirewallRule.allowOut("admin-any", Protocol.ANY, null, Endpoint.subnet("core", "admin"), Endpoint.subnet("core", "app"))));
        }));
    }

    @Test
    void aVirtualNetworkWithItsSubnetsInlineEachWithItsOwnSecurityGroup() {
        PlannedResource vnet = named(plan, "core-vnet");
        assertThat(vnet.type()).isEqualTo("azure-native:network:VirtualNetwork");
        assertThat(vnet.parent()).isEqualTo(component(plan, "core").urn());
        assertThat(at(vnet, "addressSpace.addressPrefixes")).isEqualTo(List.of("10.20.0.0/16"));
        assertThat(at(vnet, "subnets")).asList().hasSize(3);
        assertThat(at(vnet, "subnets.0")).isEqualTo(Map.of(
                "name", "data", "addressPrefix", "10.20.1.0/24",
                "networkSecurityGroup", Map.of("id", id("Microsoft.Network", "networkSecurityGroups/core-data-nsg")),
                "privateEndpointNetworkPolicies", "Enabled", "privateLinkServiceNetworkPolicies", "Enabled"));
        assertThat(under(plan, "core", "azure-native:network:NetworkSecurityGroup")).extracting(PlannedResource::name)
                .containsExactlyInAnyOrder("core-data-nsg", "core-app-nsg", "core-admin-nsg");
        assertThat(dependsOn(plan, vnet, "core-app-nsg")).isTrue();
        assertThat(at(vnet, "tags")).isEqualTo(Map.of("pont-stack", "demo", "pont-resource", "core", "data-class", "health"));
        assertThat(at(named(plan, "core-data-nsg"), "tags")).isEqualTo(at(vnet, "tags"));
    }

    @Test
    void everySubnetDeniesAllInboundAndOutboundBelowTheAllowRules() {
        for (String subnet : List.of("data", "app", "admin")) {
            for (String direction : List.of("inbound", "outbound")) {
                PlannedResource deny = named(plan, "core-" + subnet + "-deny-all-" + direction);
                assertThat(deny.parent()).isEqualTo(component(plan, "core").urn());
                assertThat(deny.inputs()).containsEntry("access", "Deny").containsEntry("priority", 4096L)
                        .containsEntry("direction", direction.equals("inbound") ? "Inbound" : "Outbound")
                        .containsEntry("protocol", "*").containsEntry("sourceAddressPrefix", "*")
                        .containsEntry("destinationAddressPrefix", "*").containsEntry("destinationPortRange", "*")
                        .containsEntry("networkSecurityGroupName", "core-" + subnet + "-nsg");
            }
        }
    }

    @Test
    void aFlowBetweenSubnetsIsAllowedOnBothItsEnds() {
        PlannedResource in = named(plan, "fw-app-to-db-in-data");
        assertThat(in.parent()).isEqualTo(component(plan, "fw").urn());
        assertThat(in.inputs()).containsEntry("access", "Allow").containsEntry("direction", "Inbound")
                .containsEntry("networkSecurityGroupName", "core-data-nsg").containsEntry("protocol", "Tcp")
                .containsEntry("sourceAddressPrefix", "10.20.2.0/24").containsEntry("destinationAddressPrefix", "10.20.1.0/24")
                .containsEntry("destinationPortRange", "5432").containsEntry("sourcePortRange", "*").containsEntry("priority", 100L);
        assertThat(dependsOn(plan, in, "core-data-nsg")).isTrue();
        PlannedResource out = named(plan, "fw-app-to-db-out-app");
        assertThat(out.inputs()).containsEntry("direction", "Outbound").containsEntry("networkSecurityGroupName", "core-app-nsg")
                .containsEntry("sourceAddressPrefix", "10.20.2.0/24").containsEntry("destinationAddressPrefix", "10.20.1.0/24")
                .containsEntry("priority", 100L);
    }

    @Test
    void prioritiesFollowRuleOrderPerSecurityGroupAndDirection() {
        // data's inbound rules in rule order: app-to-db, dns, ping.
        assertThat(at(named(plan, "fw-app-to-db-in-data"), "priority")).isEqualTo(100L);
        assertThat(at(named(plan, "fw-dns-in-data"), "priority")).isEqualTo(101L);
        assertThat(at(named(plan, "fw-ping-in-data"), "priority")).isEqualTo(102L);
        // admin outbound: ping's mirror first, then admin-any.
        assertThat(at(named(plan, "fw-ping-out-admin"), "priority")).isEqualTo(100L);
        assertThat(at(named(plan, "fw-admin-any-out-admin"), "priority")).isEqualTo(101L);
    }

    @Test
    void cidrsAnyAndProtocolsMapToAddressPrefixesAndAzureProtocols() {
        // A CIDR outside the network only needs the inbound side.
        assertThat(named(plan, "fw-ops-ssh-in-admin").inputs()).containsEntry("sourceAddressPrefix", "192.0.2.0/24")
                .containsEntry("destinationAddressPrefix", "10.20.4.0/24");
        assertThat(plan.resources()).noneMatch(r -> r.name().startsWith("fw-ops-ssh-out"));
        // A destination CIDR lands on the subnets it overlaps only; any source is '*'; a port range is from-to.
        assertThat(named(plan, "fw-dns-in-data").inputs()).containsEntry("protocol", "Udp").containsEntry("destinationPortRange", "53-54")
                .containsEntry("sourceAddressPrefix", "*").containsEntry("destinationAddressPrefix", "10.20.1.0/25");
        assertThat(plan.resources()).noneMatch(r -> r.name().equals("fw-dns-in-app") || r.name().equals("fw-dns-in-admin"));
        // ICMP takes no ports; the whole network as destination reaches every subnet.
        assertThat(named(plan, "fw-ping-in-app").inputs()).containsEntry("protocol", "Icmp").containsEntry("destinationPortRange", "*")
                .containsEntry("destinationAddressPrefix", "10.20.0.0/16");
        // Outbound to anywhere: only the source side, destination '*'.
        assertThat(named(plan, "fw-app-https-out-app").inputs()).containsEntry("direction", "Outbound")
                .containsEntry("destinationAddressPrefix", "*").containsEntry("destinationPortRange", "443");
        assertThat(plan.resources()).noneMatch(r -> r.name().startsWith("fw-app-https-in"));
        // Any protocol.
        assertThat(named(plan, "fw-admin-any-out-admin").inputs()).containsEntry("protocol", "*");
        assertThat(named(plan, "fw-admin-any-in-app").inputs()).containsEntry("direction", "Inbound");
    }

    @Test
    void aRuleThatConcernsNoSubnetIsAnError() {
        var stack = stack(p -> {
            p.network("core", CORE);
            p.firewall("fw", FirewallSpec.forNetwork("core",
                    FirewallRule.allowIn("lost", Protocol.TCP, PortRange.of(80), Endpoint.any(), Endpoint.cidr("172.16.0.0/24"))));
        });
        assertThatThrownBy(() -> preview(stack)).isInstanceOf(PontException.class)
                .hasMessage("target azure, firewall 'fw': firewall rule 'lost' concerns no subnet of network 'core': its destination"
                        + " 172.16.0.0/24 is outside 10.20.0.0/16: use a subnet of the network or a CIDR inside it");
    }
}
