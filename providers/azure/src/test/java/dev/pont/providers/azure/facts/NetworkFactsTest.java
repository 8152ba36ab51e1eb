package dev.pont.providers.azure.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.facts.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Virtual networks, subnets, NSGs as firewalls, and the plumbing around them. */
class NetworkFactsTest {
    static final Estate ESTATE = Estate.load("network");

    @Test
    void aVirtualNetworkStatesItsSubnetsAsCidrs() {
        var vnet = ESTATE.fact("vnet-hub");
        assertThat(vnet.role()).isEqualTo("network");
        assertThat(vnet.properties())
                .containsEntry("subnets", List.of("10.40.1.0/24", "10.40.2.0/24", "10.40.3.0/24"))
                .containsEntry("location", "francecentral");
        assertThat(ESTATE.fact("snet-data").properties())
                .containsEntry("subnets", List.of("10.40.8.0/22")).containsEntry("location", "francecentral");
    }

    @Test
    void anNsgWithALastDenyAllInboundDeniesByDefault() {
        var nsg = ESTATE.fact("nsg-web");
        assertThat(nsg.role()).isEqualTo("firewall");
        assertThat(nsg.properties()).containsEntry("denyByDefault", true);
    }

    @Test
    void allowRulesReadAsNeutralSignatures() {
        assertThat(ESTATE.fact("nsg-web").properties()).containsEntry("allowRules", List.of(
                "inbound tcp 443 from any",
                "inbound tcp 8000-8080 from 10.40.8.0/22",
                "inbound tcp 8000-8080 from 192.0.2.10/32",
                "inbound tcp 9090 from 10.40.8.0/22",
                "inbound tcp 9090 from 192.0.2.10/32",
                "outbound udp 53 to any"));
        assertThat(ESTATE.fact("nsg-web-monitoring").properties())
                .containsEntry("allowRules", List.of("inbound tcp 9100 from 10.40.8.10/32"))
                .containsEntry("denyByDefault", true)
                .containsEntry("location", "francecentral");
    }

    @Test
    void anAllowRuleBehindTheDenyAllNeverMatches() {
        assertThat((List<?>) ESTATE.fact("nsg-web").properties().get("allowRules")).noneMatch(s -> String.valueOf(s).contains("3389"));
    }

    @Test
    void denyingOnlyTheInternetIsNotDenyByDefault() {
        assertThat(ESTATE.fact("nsg-legacy").properties()).containsEntry("denyByDefault", false).containsEntry("allowRules", List.of());
        assertThat(ESTATE.fact("nsg-legacy-ssh").properties())
                .containsEntry("allowRules", List.of("inbound tcp 22 from any")).containsEntry("denyByDefault", false);
        var firewall = Facts.combine(List.of(ESTATE.fact("nsg-legacy"), ESTATE.fact("nsg-legacy-ssh"), ESTATE.fact("nsg-legacy-deny-internet")));
        assertThat(firewall).containsEntry("denyByDefault", false);
    }

    @Test
    void anAllowRuleReadAloneDoesNotGuessWhatItsGroupDenies() {
        assertThat(ESTATE.alone("nsg-web-monitoring").properties()).doesNotContainKey("denyByDefault");
    }

    @Test
    void privateDnsIsGlobalAndStatesNoLocation() {
        assertThat(ESTATE.fact("privatelink-blob").role()).isEqualTo("private-dns");
        assertThat(ESTATE.fact("privatelink-blob").properties()).isEmpty();
    }

    @Test
    void supportingPlumbingHasARoleAndAPlace() {
        assertThat(ESTATE.fact("rg-net").role()).isEqualTo("resource-group");
        assertThat(ESTATE.fact("rg-net").properties()).containsEntry("location", "francecentral");
        assertThat(ESTATE.fact("pe-lake").role()).isEqualTo("private-endpoint");
        assertThat(ESTATE.fact("pe-lake").properties()).containsEntry("privateEndpoint", true);
        assertThat(ESTATE.fact("nat-hub").role()).isEqualTo("nat-gateway");
    }

    @Test
    void azureFirewallIsALockInWithItsReason() {
        assertThat(ESTATE.fact("afw-hub").mapped()).isFalse();
        assertThat(ESTATE.fact("afw-hub").reason()).startsWith("lock-in: Azure Firewall filters on FQDNs");
    }
}
