package dev.pont.providers.outscale;

import static dev.pont.core.spec.FirewallRule.Endpoint;
import static dev.pont.core.spec.FirewallRule.PortRange;
import static dev.pont.core.spec.FirewallRule.Protocol;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.plan.Plan;
import dev.pont.core.spec.FirewallRule;
import dev.pont.core.spec.FirewallSpec;
import dev.pont.core.spec.OsImage;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.Size;
import dev.pont.core.spec.VirtualMachineSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkTest {

    @Test
    void netSubnetsOwnRouteTablesAndDenyAllGroups() {
        Plan plan = Stacks.preview(Stacks.stack(Stacks::network));
        assertThat(Stacks.named(plan, "core-net").inputs()).containsEntry("ipRange", "10.20.0.0/16");
        assertThat(Stacks.ofType(plan, "outscale:index/subnet:Subnet")).hasSize(3).allSatisfy(s -> assertThat(s.inputs())
                .containsEntry("subregionName", "cloudgouv-eu-west-1a").containsEntry("mapPublicIpOnLaunch", false));
        assertThat(Stacks.named(plan, "core-data").inputs()).containsEntry("ipRange", "10.20.1.0/24");
        assertThat(Stacks.ofType(plan, "outscale:index/routeTableLink:RouteTableLink")).hasSize(3);
        assertThat(Stacks.ofType(plan, "outscale:index/securityGroup:SecurityGroup")).hasSize(3)
                .allSatisfy(g -> assertThat(g.inputs()).containsEntry("removeDefaultOutboundRule", true));
        assertThat(plan.resources()).noneMatch(r -> r.type().equals("outscale:index/route:Route")
                || r.type().equals("outscale:index/internetService:InternetService")
                || r.type().equals("outscale:index/natService:NatService")
                || r.type().equals("outscale:index/securityGroupRule:SecurityGroupRule"));
        assertThat(plan.deviations()).isEmpty();
    }

    @Test
    void inboundRulesLandOnTheDestinationGroupOutboundOnTheSource() {
        Plan plan = PlanSchemaTest.PLAN;
        var data = Stacks.named(plan, "core-data-sg");
        var toPostgres = Stacks.named(plan, "core-firewall-compute-to-postgres");
        assertThat(toPostgres.inputs()).containsEntry("flow", "Inbound").containsEntry("ipProtocol", "tcp")
                .containsEntry("fromPortRange", 5432L).containsEntry("toPortRange", 5432L).containsEntry("ipRange", "10.20.2.0/23");
        assertThat(toPostgres.dependencies()).contains(data.urn());
        assertThat(Stacks.named(plan, "core-firewall-compute-https-out").inputs()).containsEntry("flow", "Outbound")
                .containsEntry("ipRange", "0.0.0.0/0");
        assertThat(Stacks.named(plan, "core-firewall-ping-data").inputs()).containsEntry("ipProtocol", "icmp")
                .containsEntry("fromPortRange", -1L).containsEntry("ipRange", "10.20.4.0/24");
        assertThat(Stacks.ofType(plan, "outscale:index/securityGroupRule:SecurityGroupRule")
                .stream().filter(r -> r.name().startsWith("core-firewall-ping-"))).hasSize(3);
    }

    @Test
    void egressIsCreatedOnlyForSubnetsThatAskAndGoesThroughANat() {
        Plan plan = PlanSchemaTest.PLAN;
        assertThat(Stacks.named(plan, "core-firewall-egress-subnet").inputs()).containsEntry("ipRange", "10.20.255.240/28");
        assertThat(Stacks.ofType(plan, "outscale:index/natService:NatService")).hasSize(1);
        assertThat(Stacks.ofType(plan, "outscale:index/internetService:InternetService")).hasSize(1);
        var compute = Stacks.named(plan, "core-firewall-egress-compute");
        assertThat(compute.inputs()).containsEntry("destinationIpRange", "0.0.0.0/0").containsKey("natServiceId")
                .doesNotContainKey("gatewayId");
        assertThat(Stacks.ofType(plan, "outscale:index/route:Route")).extracting(r -> r.name())
                .containsExactlyInAnyOrder("core-firewall-egress-compute", "core-firewall-egress-internet");
    }

    @Test
    void anyProtocolHasNoPorts() {
        var mapping = FirewallRules.map(FirewallSpec.forNetwork("core",
                        FirewallRule.allowIn("all", Protocol.ANY, null, Endpoint.cidr("10.20.1.0/24"), Endpoint.subnet("core", "apps"))),
                dev.pont.core.spec.Cidr.parse("10.20.0.0/16"), java.util.Map.of("apps", dev.pont.core.spec.Cidr.parse("10.20.2.0/24")));
        assertThat(mapping.rules()).singleElement().satisfies(r -> {
            assertThat(r.ipProtocol()).isEqualTo("-1");
            assertThat(r.fromPort()).isNull();
        });
        assertThat(mapping.needEgress()).isEmpty();
    }

    @Test
    void aRuleThatSelectsNoSubnetIsAOneLineError() {
        assertThatThrownBy(() -> Stacks.preview(Stacks.stack(p -> {
            Stacks.network(p);
            p.firewall("fw", FirewallSpec.forNetwork("core", FirewallRule.allowIn("web", Protocol.TCP, PortRange.of(443),
                    Endpoint.any(), Endpoint.cidr("192.168.0.0/24"))));
        }))).isInstanceOf(PontException.class)
                .hasMessage("target outscale, firewall 'fw': rules [web] select no subnet of network 'core': point them at a subnet or a CIDR inside 10.20.0.0/16");
    }

    @Test
    void aPublicIpIsOnlyGivenWhenAskedAndRoutesItsSubnetToTheInternet() {
        Plan plan = Stacks.preview(Stacks.stack(p -> {
            Stacks.network(p);
            p.virtualMachine("web", VirtualMachineSpec.of(Size.of(1, 2), OsImage.ubuntu("24.04"), Refs.subnet("core", "admin")).publicIp(true));
            p.virtualMachine("app", VirtualMachineSpec.of(Size.of(1, 2), OsImage.ubuntu("24.04"), Refs.subnet("core", "compute")));
        }));
        assertThat(Stacks.ofType(plan, "outscale:index/publicIpLink:PublicIpLink")).singleElement()
                .satisfies(l -> assertThat(l.parent()).endsWith("::web"));
        assertThat(Stacks.named(plan, "web-internet-admin").inputs()).containsKey("gatewayId").doesNotContainKey("natServiceId");
        assertThat(plan.resources()).noneMatch(r -> r.name().equals("app-public-ip"));
    }

    @Test
    void natAndPublicIpsCannotShareASubnet() {
        assertThatThrownBy(() -> Stacks.preview(Stacks.stack(p -> {
            Stacks.network(p);
            p.firewall("fw", FirewallSpec.forNetwork("core", FirewallRule.allowOut("out", Protocol.TCP, PortRange.of(443),
                    Endpoint.subnet("core", "admin"), Endpoint.any())));
            p.virtualMachine("web", VirtualMachineSpec.of(Size.of(1, 2), OsImage.ubuntu("24.04"), Refs.subnet("core", "admin")).publicIp(true));
        }))).isInstanceOf(PontException.class).hasMessageContaining("subnet core/admin already sends its traffic through the NAT service")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void theNatSubnetNeedsAFreeBlock() {
        assertThatThrownBy(() -> Stacks.preview(Stacks.stack(p -> {
            p.network("tight", dev.pont.core.spec.NetworkSpec.of("10.30.0.0/24", dev.pont.core.spec.SubnetSpec.of("all", "10.30.0.0/24")));
            p.firewall("fw", FirewallSpec.forNetwork("tight", FirewallRule.allowOut("out", Protocol.TCP, PortRange.of(443),
                    Endpoint.subnet("tight", "all"), Endpoint.any())));
        }))).isInstanceOf(PontException.class).hasMessageContaining("has no free /28 left for the NAT service's subnet");
        assertThat(List.of()).isEmpty();
    }
}
