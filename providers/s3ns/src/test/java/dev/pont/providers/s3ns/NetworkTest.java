package dev.pont.providers.s3ns;

import static dev.pont.core.spec.FirewallRule.Endpoint;
import static dev.pont.core.spec.FirewallRule.PortRange;
import static dev.pont.core.spec.FirewallRule.Protocol;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.FirewallRule;
import dev.pont.core.spec.FirewallSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkTest {
    static final Plan PLAN = ProviderTest.PLAN;

    @Test
    void aCustomModeVpcWithPrivateGoogleAccessSubnets() {
        assertThat(Stacks.named(PLAN, "core-vpc").inputs())
                .containsEntry("name", "demo-core")
                .containsEntry("autoCreateSubnetworks", false)
                .containsEntry("routingMode", "REGIONAL");
        assertThat(Stacks.ofType(PLAN, "gcp:compute/subnetwork:Subnetwork")).hasSize(3).allSatisfy(s -> assertThat(s.inputs())
                .containsEntry("privateIpGoogleAccess", true)
                .containsEntry("region", "u-france-east1")
                .containsEntry("network", "projects/s3ns:pont-test-project/global/networks/demo-core"));
        assertThat(Stacks.named(PLAN, "core-compute").inputs()).containsEntry("ipCidrRange", "10.20.2.0/23");
        assertThat(Stacks.reasons(PLAN, "core")).isEmpty();
    }

    @Test
    void theNetworkDeniesBothWaysBelowEveryAllowRule() {
        Map<String, Object> in = Stacks.named(PLAN, "core-deny-all-in").inputs();
        Map<String, Object> out = Stacks.named(PLAN, "core-deny-all-out").inputs();
        assertThat(in).containsEntry("direction", "INGRESS").containsEntry("priority", 65534L)
                .containsEntry("denies", List.of(Map.of("protocol", "all"))).containsEntry("sourceRanges", List.of("0.0.0.0/0"));
        assertThat(out).containsEntry("direction", "EGRESS").containsEntry("priority", 65534L)
                .containsEntry("denies", List.of(Map.of("protocol", "all"))).containsEntry("destinationRanges", List.of("0.0.0.0/0"));
        assertThat(Stacks.ofType(PLAN, "gcp:compute/firewall:Firewall")).filteredOn(f -> f.inputs().containsKey("allows"))
                .allSatisfy(f -> assertThat(((Number) f.inputs().get("priority")).intValue()).isLessThan(65534));
    }

    @Test
    void anInboundRuleBetweenSubnetsIsAllowedInAtTheDestinationAndOutAtTheSource() {
        assertThat(Stacks.named(PLAN, "core-firewall-compute-to-postgres-in").inputs())
                .containsEntry("direction", "INGRESS")
                .containsEntry("allows", List.of(Map.of("protocol", "tcp", "ports", List.of("5432"))))
                .containsEntry("sourceRanges", List.of("10.20.2.0/23"))
                .containsEntry("destinationRanges", List.of("10.20.1.0/24"))
                .containsEntry("priority", 1000L);
        assertThat(Stacks.named(PLAN, "core-firewall-compute-to-postgres-in-egress").inputs())
                .containsEntry("direction", "EGRESS")
                .containsEntry("sourceRanges", List.of("10.20.2.0/23"))
                .containsEntry("destinationRanges", List.of("10.20.1.0/24"))
                .containsEntry("priority", 1000L);
    }

    @Test
    void prioritiesFollowRuleOrderAndIcmpTakesNoPorts() {
        assertThat(Stacks.named(PLAN, "core-firewall-admin-ssh-in").inputs()).containsEntry("priority", 1001L);
        Map<String, Object> ping = Stacks.named(PLAN, "core-firewall-ping-in").inputs();
        assertThat(ping).containsEntry("priority", 1002L).containsEntry("allows", List.of(Map.of("protocol", "icmp")))
                .doesNotContainKey("destinationRanges");
        // "to any" inside the network: the source may send to every VM of the network.
        assertThat(Stacks.named(PLAN, "core-firewall-ping-in-egress").inputs())
                .containsEntry("destinationRanges", List.of("10.20.0.0/16"));
    }

    @Test
    void anOutboundRuleToAnywhereOpensEgressOnlyFromItsSource() {
        assertThat(Stacks.named(PLAN, "core-firewall-compute-https-out-out").inputs())
                .containsEntry("direction", "EGRESS")
                .containsEntry("sourceRanges", List.of("10.20.2.0/23"))
                .containsEntry("destinationRanges", List.of("0.0.0.0/0"))
                .containsEntry("priority", 1003L);
        assertThat(PLAN.resources().stream().map(PlannedResource::name)).doesNotContain("core-firewall-compute-https-out-out-ingress");
    }

    @Test
    void anOutboundRuleToASubnetGetsTheMirrorIngress() {
        FirewallSpec spec = FirewallSpec.forNetwork("core",
                FirewallRule.allowOut("admin-to-data", Protocol.UDP, PortRange.of(5000, 5010), Endpoint.subnet("core", "admin"),
                        Endpoint.subnet("core", "data")));
        var mapping = FirewallRules.map(spec, dev.pont.core.spec.Cidr.parse("10.20.0.0/16"), Map.of(
                "admin", dev.pont.core.spec.Cidr.parse("10.20.4.0/24"), "data", dev.pont.core.spec.Cidr.parse("10.20.1.0/24")));
        assertThat(mapping.rules()).containsExactly(
                new FirewallRules.GcpRule("admin-to-data", "out", "EGRESS", "udp", List.of("5000-5010"), List.of("10.20.4.0/24"),
                        List.of("10.20.1.0/24"), 1000),
                new FirewallRules.GcpRule("admin-to-data", "out-ingress", "INGRESS", "udp", List.of("5000-5010"), List.of("10.20.4.0/24"),
                        List.of("10.20.1.0/24"), 1000));
    }

    @Test
    void aRuleThatConcernsNoVmOfTheNetworkIsAnError() {
        assertThatThrownBy(() -> Stacks.preview(Stacks.stack(p -> {
            Stacks.network(p);
            p.firewall("fw", FirewallSpec.forNetwork("core", FirewallRule.allowIn("elsewhere", Protocol.TCP, PortRange.of(80),
                    Endpoint.any(), Endpoint.cidr("192.168.0.0/24"))));
        }))).isInstanceOf(PontException.class)
                .hasMessage("target s3ns, firewall 'fw': rules [elsewhere] concern no VM of network 'core': an inbound rule needs its"
                        + " destination, an outbound rule its source, inside 10.20.0.0/16");
    }
}
