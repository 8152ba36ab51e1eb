package dev.pont.providers.ovhcloud;

import static dev.pont.core.spec.FirewallRule.Endpoint;
import static dev.pont.core.spec.FirewallRule.PortRange;
import static dev.pont.core.spec.FirewallRule.Protocol;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.FirewallRule;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.SubnetSpec;
import dev.pont.providers.ovhcloud.SecurityGroupRules.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityGroupRulesTest {
    static final NetworkSpec NET = NetworkSpec.of("10.20.0.0/16",
            SubnetSpec.of("data", "10.20.1.0/24"),
            SubnetSpec.of("compute", "10.20.2.0/23"));

    static SecurityGroupRules.Result of(FirewallRule... rules) {
        return SecurityGroupRules.of("core", NET, List.of(rules));
    }

    @Test
    void aFlowBetweenTwoSubnetsIsOpenedOnBothGroups() {
        var result = of(FirewallRule.allowIn("pg", Protocol.TCP, PortRange.of(5432),
                Endpoint.subnet("core", "compute"), Endpoint.subnet("core", "data")));
        assertThat(result.rules()).containsExactly(
                new Rule("pg", "data", true, "tcp", 5432, 5432, Cidr.parse("10.20.2.0/23")),
                new Rule("pg", "compute", false, "tcp", 5432, 5432, Cidr.parse("10.20.1.0/24")));
        assertThat(result.losses()).isEmpty();
        assertThat(result.egressOutside()).isEmpty();
    }

    @Test
    void inboundFromAnywhereOpensOnlyTheDestinationIngress() {
        var result = of(FirewallRule.allowIn("https", Protocol.TCP, PortRange.of(443), Endpoint.any(), Endpoint.subnet("core", "data")));
        assertThat(result.rules()).containsExactly(new Rule("https", "data", true, "tcp", 443, 443, Cidr.ANY));
    }

    @Test
    void outboundToTheInternetOpensOnlyEgressAndNeedsAGateway() {
        var result = of(FirewallRule.allowOut("out", Protocol.TCP, PortRange.of(443), Endpoint.subnet("core", "compute"), Endpoint.cidr("0.0.0.0/0")));
        assertThat(result.rules()).containsExactly(new Rule("out", "compute", false, "tcp", 443, 443, Cidr.ANY));
        assertThat(result.egressOutside()).containsExactly("compute");
    }

    @Test
    void outboundFromAnySubnetOpensEveryGroupsEgress() {
        var result = of(FirewallRule.allowOut("dns", Protocol.UDP, PortRange.of(53), Endpoint.any(), Endpoint.cidr("192.0.2.53/32")));
        assertThat(result.rules()).extracting(Rule::subnet).containsExactly("data", "compute");
        assertThat(result.rules()).allMatch(r -> !r.ingress() && r.protocol().equals("udp"));
        assertThat(result.egressOutside()).containsExactlyInAnyOrder("data", "compute");
    }

    @Test
    void anyProtocolAndIcmpCarryNoPorts() {
        var result = of(
                FirewallRule.allowIn("all", Protocol.ANY, null, Endpoint.subnet("core", "compute"), Endpoint.subnet("core", "compute")),
                FirewallRule.allowIn("ping", Protocol.ICMP, null, Endpoint.cidr("192.0.2.0/24"), Endpoint.subnet("core", "data")));
        assertThat(result.rules()).contains(
                new Rule("all", "compute", true, null, 0, 0, Cidr.parse("10.20.2.0/23")),
                new Rule("ping", "data", true, "icmp", 0, 0, Cidr.parse("192.0.2.0/24")));
    }

    @Test
    void aCidrNarrowerThanASubnetIsReportedAsBroadened() {
        var result = of(FirewallRule.allowIn("one-host", Protocol.TCP, PortRange.of(22), Endpoint.cidr("192.0.2.1/32"), Endpoint.cidr("10.20.1.16/28")));
        assertThat(result.rules()).containsExactly(new Rule("one-host", "data", true, "tcp", 22, 22, Cidr.parse("192.0.2.1/32")));
        assertThat(result.losses()).singleElement().asString()
                .contains("'one-host'").contains("10.20.1.16/28").contains("every instance of 'data'");
    }

    @Test
    void aRuleWhoseFilteringEndIsOutsideTheNetworkIsAnError() {
        var result = of(FirewallRule.allowIn("elsewhere", Protocol.TCP, PortRange.of(80), Endpoint.subnet("core", "data"), Endpoint.cidr("172.16.0.0/16")));
        assertThat(result.rules()).isEmpty();
        assertThat(result.errors()).containsExactly("firewall rule 'elsewhere' concerns no subnet of network 'core': its destination 172.16.0.0/16 "
                + "is outside 10.20.0.0/16: use a subnet of the network or a CIDR inside it");
    }

    @Test
    void aCidrAtTheOtherEndInsideTheNetworkGetsTheMirrorRule() {
        var result = of(FirewallRule.allowOut("backup", Protocol.TCP, PortRange.of(873), Endpoint.subnet("core", "compute"), Endpoint.cidr("10.20.1.0/24")));
        assertThat(result.rules()).containsExactly(
                new Rule("backup", "compute", false, "tcp", 873, 873, Cidr.parse("10.20.1.0/24")),
                new Rule("backup", "data", true, "tcp", 873, 873, Cidr.parse("10.20.2.0/23")));
        assertThat(result.egressOutside()).isEmpty();
    }
}
