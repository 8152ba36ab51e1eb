package dev.pont.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.FirewallRule;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The small readings the inference relies on: allow rules, address spaces, names, export paths. */
class InferenceRulesTest {

    @Test
    void anAllowRuleWithACidrOrAnyPeerBecomesANeutralRule() {
        FirewallRule in = Inference.rule("allow-1", "inbound tcp 5432 from 10.20.2.0/23").orElseThrow();
        assertThat(in.direction()).isEqualTo(FirewallRule.Direction.INBOUND);
        assertThat(in.ports()).isEqualTo(FirewallRule.PortRange.of(5432));
        assertThat(in.source().cidr()).isEqualTo(Cidr.parse("10.20.2.0/23"));
        assertThat(in.destination().isAny()).isTrue();
        FirewallRule out = Inference.rule("allow-2", "outbound tcp 1000-2000 to any").orElseThrow();
        assertThat(out.ports()).isEqualTo(FirewallRule.PortRange.of(1000, 2000));
        assertThat(out.destination().isAny()).isTrue();
        assertThat(Inference.rule("allow-3", "inbound any * from 10.0.0.0/8").orElseThrow().ports()).isEqualTo(FirewallRule.PortRange.NONE);
        assertThat(Inference.rule("allow-4", "inbound tcp * from 10.0.0.0/8").orElseThrow().ports()).isEqualTo(FirewallRule.PortRange.of(1, 65535));
    }

    @Test
    void aRuleWhosePeerIsACloudTagIsNotCarried() {
        assertThat(Inference.rule("x", "outbound tcp 443 to AzureCloud.francecentral")).isEmpty();
        assertThat(Inference.rule("x", "inbound any * from AzureLoadBalancer")).isEmpty();
        assertThat(Inference.rule("x", "sideways tcp 443 to any")).isEmpty();
    }

    @Test
    void theAddressSpaceIsTheSmallestRangeCoveringTheSubnets() {
        assertThat(Inference.cover(List.of(Cidr.parse("10.20.1.0/24"), Cidr.parse("10.20.2.0/23"), Cidr.parse("10.20.4.0/24"))))
                .isEqualTo(Cidr.parse("10.20.0.0/21"));
        assertThat(Inference.cover(List.of(Cidr.parse("192.168.3.0/24")))).isEqualTo(Cidr.parse("192.168.3.0/24"));
    }

    @Test
    void cloudNamesBecomeUniquePontNames() {
        TreeSet<String> used = new TreeSet<>();
        assertThat(Inference.uniqueName("St_Health.Exports", used)).isEqualTo("st-health-exports");
        assertThat(Inference.uniqueName("st-health-exports", used)).isEqualTo("st-health-exports-2");
        assertThat(Inference.uniqueName("9lives", used)).isEqualTo("r-9lives");
        assertThat(Inference.uniqueName("a".repeat(80), used)).hasSize(36);
    }

    @Test
    void exportPathsAreFoundByRoleTypeModuleOrPackage() {
        ExportPaths paths = ExportPaths.standard();
        assertThat(paths.ofRole("database").orElseThrow().tool()).contains("pg_dump -Fc");
        assertThat(paths.ofRole("network")).isEmpty();
        assertThat(paths.ofLockIn("azure-native:documentdb:SqlResourceSqlContainer").orElseThrow().stateful()).isTrue();
        assertThat(paths.ofLockIn("azure-native:eventhub/v20240101:EventHub").orElseThrow().alternative()).contains("Kafka");
        assertThat(paths.ofLockIn("azuread:index/group:Group").orElseThrow().stateful()).isFalse();
        assertThat(paths.ofLockIn("azure-native:kusto:Cluster").orElseThrow().alternative()).startsWith("see the reason");
    }
}
