package dev.pont.providers.ovhcloud.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.facts.Fact;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Private networks and subnets, OpenStack security groups and their rules. */
class NetworkFactsTest {
    static final Map<String, Fact> FACTS = Fixtures.facts("network.json");

    @Test
    void privateNetworksAndSubnetsStateTheirRangesAndRegions() {
        assertThat(FACTS.get("core").role()).isEqualTo("network");
        assertThat(FACTS.get("core").properties()).containsEntry("location", List.of("GRA11"));
        assertThat(FACTS.get("core-data").properties()).containsEntry("subnets", List.of("10.20.1.0/24")).containsEntry("location", "GRA11");
        assertThat(FACTS.get("legacy-subnet").properties()).containsEntry("subnets", List.of("192.168.0.0/16"));
        assertThat(FACTS.get("core-compute").properties()).containsEntry("subnets", List.of("10.20.2.0/23")).containsEntry("location", "GRA11");
        assertThat(FACTS.get("core-gateway").role()).isEqualTo("nat");
    }

    @Test
    void aGroupWithoutItsDefaultEgressRulesDeniesByDefault() {
        assertThat(FACTS.get("data-sg").role()).isEqualTo("firewall");
        assertThat(FACTS.get("data-sg").properties()).containsEntry("denyByDefault", true).containsEntry("allowRules", List.of());
    }

    @Test
    void aGroupKeepingItsDefaultEgressRulesAllowsEverythingOut() {
        assertThat(FACTS.get("legacy-sg").properties()).containsEntry("denyByDefault", false)
                .containsEntry("allowRules", List.of("outbound any * to any"));
        assertThat(FACTS.get("ssh-from-anywhere").properties()).containsEntry("denyByDefault", false);
    }

    @Test
    void rulesReadAsDirectionProtocolPortsAndPeer() {
        assertThat(FACTS.get("postgres-from-compute-cidr").properties())
                .containsEntry("allowRules", List.of("inbound tcp 5432 from 10.20.2.0/23")).containsEntry("denyByDefault", true);
        assertThat(FACTS.get("https-out").properties()).containsEntry("allowRules", List.of("outbound tcp 443 to any"));
        assertThat(FACTS.get("anything-from-office").properties()).containsEntry("allowRules", List.of("inbound any * from 192.0.2.0/24"));
        assertThat(FACTS.get("ping").properties()).containsEntry("allowRules", List.of("inbound icmp * from any"));
    }

    @Test
    void anIngressRuleFromTheInternetSaysAny() {
        assertThat(FACTS.get("ssh-from-anywhere").properties()).containsEntry("allowRules", List.of("inbound tcp 22 from any"));
    }

    @Test
    void aRemoteGroupReadsAsTheSubnetItsPortsSitInWhenThePlanSaysSoElseByName() {
        assertThat(FACTS.get("postgres-from-compute-group").properties())
                .containsEntry("allowRules", List.of("inbound tcp 5432 from 10.20.2.0/23"));
        assertThat(FACTS.get("from-legacy-group").properties()).containsEntry("allowRules", List.of("inbound tcp 8000-8100 from sg:legacy"));
    }

    @Test
    void edgeFirewallIsLockInAndProductsOutsidePublicCloudAreUnmapped() {
        assertThat(FACTS.get("edge").mapped()).isFalse();
        assertThat(FACTS.get("edge").reason()).startsWith("lock-in: OVHcloud Edge Network Firewall");
        assertThat(FACTS.get("example").reason()).contains("ovh:Domain/zone:Zone").contains("outside Public Cloud");
        assertThat(FACTS.get("trunk").reason()).isEqualTo("no neutral role is known for openstack:networking/trunk:Trunk");
    }
}
