package dev.pont.providers.outscale.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.facts.Fact;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Nets, Subnets, security groups and their rules, and what supports them. */
class NetworkFactsTest {
    static final Map<String, Fact> FACTS = Fixtures.facts("network.json");

    @Test
    void aNetAndItsSubnetsAreTheNetworkInTheProvidersRegion() {
        assertThat(FACTS.get("main").role()).isEqualTo("network");
        assertThat(FACTS.get("main").properties()).containsEntry("location", "cloudgouv-eu-west-1").doesNotContainKey("subnets");
        assertThat(FACTS.get("app").properties()).containsEntry("subnets", List.of("10.0.1.0/24")).containsEntry("location", "cloudgouv-eu-west-1");
    }

    @Test
    void aGroupWithoutItsDefaultOutboundRuleDeniesByDefault() {
        assertThat(FACTS.get("app-sg").role()).isEqualTo("firewall");
        assertThat(FACTS.get("app-sg").properties()).containsEntry("denyByDefault", true).containsEntry("allowRules", List.of());
    }

    @Test
    void aDefaultOutboundRuleLeftInPlaceAllowsEverythingOut() {
        assertThat(FACTS.get("web-sg").properties()).containsEntry("denyByDefault", false)
                .containsEntry("allowRules", List.of("outbound any * to any"));
        assertThat(FACTS.get("web-ssh-from-anywhere").properties()).containsEntry("denyByDefault", false);
    }

    @Test
    void rulesReadAsDirectionProtocolPortsAndPeer() {
        assertThat(FACTS.get("app-postgres").properties()).containsEntry("allowRules", List.of("inbound tcp 5432 from 10.0.2.0/23"))
                .containsEntry("denyByDefault", true);
        assertThat(FACTS.get("app-https-out").properties()).containsEntry("allowRules", List.of("outbound tcp 443 to any"));
    }

    @Test
    void anIngressRuleFromTheInternetSaysAny() {
        assertThat(FACTS.get("web-ssh-from-anywhere").properties()).containsEntry("allowRules", List.of("inbound tcp 22 from any"));
    }

    @Test
    void aPeerGroupReadsAsItsNameForOutscaleGroupsHaveNoCidr() {
        assertThat(FACTS.get("app-from-web").properties()).containsEntry("allowRules", List.of("inbound tcp 8080 from sg:web"));
    }

    @Test
    void aRulesListExpandsPerRangeAndGroupWithAllProtocolsAndIcmp() {
        assertThat(FACTS.get("web-batch").properties().get("allowRules")).asList().containsExactly(
                "inbound tcp 8000-8100 from 10.0.1.0/24", "inbound tcp 8000-8100 from 10.0.3.0/24",
                "inbound any * from sg:app", "inbound any * from sg:sg-99999999",
                "inbound icmp * from 10.0.0.0/16", "inbound icmp type8code0 from 10.0.0.0/16");
    }

    @Test
    void aRuleOnAGroupOutsideThePlanDoesNotGuessTheDefault() {
        assertThat(FACTS.get("orphan-rule").properties()).containsEntry("allowRules", List.of("inbound udp 53 from 10.0.0.0/16"))
                .doesNotContainKey("denyByDefault");
    }

    @Test
    void supportingInfrastructureHasItsRole() {
        assertThat(FACTS.get("app-routes").role()).isEqualTo("route-table");
        assertThat(FACTS.get("app-routes-link").role()).isEqualTo("route-table");
        assertThat(FACTS.get("app-default").role()).isEqualTo("route");
        assertThat(FACTS.get("igw").role()).isEqualTo("internet-gateway");
        assertThat(FACTS.get("nat").role()).isEqualTo("nat");
        assertThat(FACTS.get("nat-ip").role()).isEqualTo("public-ip");
        assertThat(FACTS.get("nat-ip").properties()).doesNotContainKey("publicIp");
        assertThat(FACTS.get("oos-access").role()).isEqualTo("private-endpoint");
        assertThat(FACTS.get("oos-access").properties()).containsEntry("privateEndpoint", true);
    }

    @Test
    void apiAccessRulesAreLockInAndUnknownTypesAreUnmapped() {
        assertThat(FACTS.get("office-only").mapped()).isFalse();
        assertThat(FACTS.get("office-only").reason()).startsWith("lock-in: Outscale API access control");
        assertThat(FACTS.get("future").mapped()).isFalse();
        assertThat(FACTS.get("future").reason()).isEqualTo("no neutral role is known for outscale:index/quantumTunnel:QuantumTunnel");
    }
}
