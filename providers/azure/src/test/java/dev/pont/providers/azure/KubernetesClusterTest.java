package dev.pont.providers.azure;

import static dev.pont.core.spec.FirewallRule.Endpoint;
import static dev.pont.core.spec.FirewallRule.PortRange;
import static dev.pont.core.spec.FirewallRule.Protocol;
import static dev.pont.providers.azure.Previews.at;
import static dev.pont.providers.azure.Previews.component;
import static dev.pont.providers.azure.Previews.dependsOn;
import static dev.pont.providers.azure.Previews.id;
import static dev.pont.providers.azure.Previews.map;
import static dev.pont.providers.azure.Previews.named;
import static dev.pont.providers.azure.Previews.one;
import static dev.pont.providers.azure.Previews.preview;
import static dev.pont.providers.azure.Previews.stack;
import static dev.pont.providers.azure.Previews.under;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.plan.CatalogChoice;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.FirewallRule;
import dev.pont.core.spec.FirewallSpec;
import dev.pont.core.spec.KubernetesClusterSpec;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.NodePoolSpec;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.Size;
import dev.pont.core.spec.SubnetSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KubernetesClusterTest {
    static final NetworkSpec NETWORK = NetworkSpec.of("10.0.0.0/16", SubnetSpec.of("nodes", "10.0.0.0/22"));
    static final String SUBNET_ID = id("Microsoft.Network", "virtualNetworks/net-vnet/subnets/nodes");

    static Plan plan;

    @BeforeAll
    static void previewOnce() {
        plan = preview(stack(p -> {
            p.network("net", NETWORK);
            p.firewall("fw", FirewallSpec.forNetwork("net",
                    FirewallRule.allowIn("https", Protocol.TCP, PortRange.of(443), Endpoint.cidr("10.1.0.0/24"), Endpoint.subnet("net", "nodes"))));
            p.kubernetesCluster("apps", KubernetesClusterSpec.of("1.31", Refs.subnet("net", "nodes"),
                    NodePoolSpec.of("system", Size.of(4, 16), 2, 3),
                    NodePoolSpec.of("batch", Size.of(8, 64), 0, 10),
                    NodePoolSpec.of("web", Size.of(2, 8), 1, 4)));
        }));
    }

    @Test
    void aPrivateClusterWithEntraRbacAndNoLocalAccounts() {
        PlannedResource cluster = one(plan, "apps", "azure-native:containerservice:ManagedCluster");
        assertThat(cluster.parent()).isEqualTo(component(plan, "apps").urn());
        assertThat(cluster.inputs()).containsEntry("kubernetesVersion", "1.31").containsEntry("disableLocalAccounts", true)
                .containsEntry("enableRBAC", true).containsEntry("nodeResourceGroup", "rg-demo-apps-nodes")
                .containsEntry("sku", Map.of("name", "Base", "tier", "Standard"));
        assertThat(at(cluster, "aadProfile")).isEqualTo(Map.of("managed", true, "enableAzureRBAC", true, "tenantID", AzurePreview.ZERO));
        assertThat(at(cluster, "apiServerAccessProfile")).isEqualTo(Map.of("enablePrivateCluster", true, "privateDNSZone", "system"));
        assertThat(at(cluster, "oidcIssuerProfile.enabled")).isEqualTo(true);
        assertThat(at(cluster, "securityProfile.workloadIdentity.enabled")).isEqualTo(true);
        assertThat(String.valueOf(at(cluster, "dnsPrefix"))).matches("apps-[0-9a-f]{6}");
        assertThat(plan.choices()).contains(new CatalogChoice("apps", "azure", "kubernetes-version", "1.31", "1.31", false,
                "version list not confirmed for this cloud"));
    }

    @Test
    void azureCniInTheSubnetWithNetworkPolicyAndAServiceRangeOutsideTheNetwork() {
        PlannedResource cluster = named(plan, "apps-aks");
        assertThat(map(cluster, "networkProfile")).containsEntry("networkPlugin", "azure").containsEntry("networkPolicy", "calico")
                // 10.0.0.0/16 is the network's own range: the next candidate is used.
                .containsEntry("serviceCidr", "172.16.0.0/16").containsEntry("dnsServiceIP", "172.16.0.10")
                .containsEntry("outboundType", "loadBalancer");
        assertThat(at(cluster, "agentPoolProfiles.0.vnetSubnetID")).isEqualTo(SUBNET_ID);
    }

    @Test
    void theFirstPoolIsTheSystemPoolAndTheOthersAreUserPools() {
        Map<String, Object> system = map(named(plan, "apps-aks"), "agentPoolProfiles.0");
        assertThat(system).containsEntry("name", "system").containsEntry("mode", "System").containsEntry("vmSize", "Standard_D4s_v5")
                .containsEntry("enableAutoScaling", true).containsEntry("minCount", 2L).containsEntry("maxCount", 3L)
                .containsEntry("count", 2L).containsEntry("maxPods", 30L).containsEntry("enableEncryptionAtHost", true)
                .containsEntry("enableNodePublicIP", false).containsEntry("nodeTaints", List.of("CriticalAddonsOnly=true:NoSchedule"))
                .doesNotContainKey("availabilityZones");
        assertThat(at(named(plan, "apps-aks"), "agentPoolProfiles")).asList().hasSize(1);
        List<PlannedResource> pools = under(plan, "apps", "azure-native:containerservice:AgentPool");
        assertThat(pools).extracting(PlannedResource::name).containsExactlyInAnyOrder("apps-pool-batch", "apps-pool-web");
        PlannedResource batch = named(plan, "apps-pool-batch");
        assertThat(batch.inputs()).containsEntry("mode", "User").containsEntry("vmSize", "Standard_E8s_v5")
                .containsEntry("minCount", 0L).containsEntry("maxCount", 10L).containsEntry("count", 0L)
                .containsEntry("orchestratorVersion", "1.31").containsEntry("vnetSubnetID", SUBNET_ID)
                .containsEntry("resourceName", "apps-aks").containsEntry("enableEncryptionAtHost", true);
        assertThat(dependsOn(plan, batch, "apps-aks")).isTrue();
    }

    @Test
    void theControlPlaneMayManageTheSubnetBeforeTheClusterExists() {
        PlannedResource grant = named(plan, "apps-control-plane-network");
        assertThat(grant.inputs()).containsEntry("scope", SUBNET_ID).containsEntry("roleDefinitionId", "/subscriptions/" + AzurePreview.ZERO
                + "/providers/Microsoft.Authorization/roleDefinitions/4d97b98b-1d4f-4787-a291-c67834d212e7");
        PlannedResource cluster = named(plan, "apps-aks");
        assertThat(at(cluster, "identity")).isEqualTo(Map.of("type", "UserAssigned",
                "userAssignedIdentities", List.of(id("Microsoft.ManagedIdentity", "userAssignedIdentities/apps-control-plane"))));
        assertThat(dependsOn(plan, cluster, "apps-control-plane-network")).isTrue();
    }

    @Test
    void theTrafficAksNeedsIsOpenedAfterTheFirewallsRulesAndTheEgressIsDeclared() {
        PlannedResource nodes = named(plan, "apps-aks-nodes-in-nodes");
        assertThat(nodes.inputs()).containsEntry("networkSecurityGroupName", "net-nodes-nsg").containsEntry("direction", "Inbound")
                .containsEntry("sourceAddressPrefix", "10.0.0.0/22").containsEntry("destinationAddressPrefix", "10.0.0.0/22")
                // The firewall's rule came first and holds 100.
                .containsEntry("priority", 101L);
        assertThat(at(named(plan, "fw-https-in-nodes"), "priority")).isEqualTo(100L);
        assertThat(named(plan, "apps-aks-control-plane-out-nodes").inputs()).containsEntry("destinationAddressPrefix", "AzureCloud.francecentral")
                .containsEntry("destinationPortRange", "443").containsEntry("protocol", "Tcp");
        assertThat(named(plan, "apps-aks-lb-probes-in-nodes").inputs()).containsEntry("sourceAddressPrefix", "AzureLoadBalancer");
        assertThat(dependsOn(plan, named(plan, "apps-aks"), "apps-aks-nodes-in-nodes")).isTrue();
        assertThat(plan.deviations()).singleElement().satisfies(d -> {
            assertThat(d.resource()).isEqualTo("apps");
            assertThat(d.reasons()).containsExactly("the cluster subnet net/nodes may also reach AzureActiveDirectory (TCP 443),"
                    + " AzureCloud.francecentral (TCP 443, TCP 9000, UDP 1194), AzureFrontDoor.FirstParty (TCP 443), Internet (UDP 123),"
                    + " MicrosoftContainerRegistry (TCP 443), which AKS nodes need and NSGs cannot narrow to host names; to narrow it,"
                    + " send egress through an Azure Firewall with the AzureKubernetesService FQDN tag");
        });
    }

    @Test
    void aPublicApiIsLimitedToTheAdminCidrs() {
        Plan open = preview(stack(p -> {
            p.network("net", NETWORK);
            p.kubernetesCluster("apps", KubernetesClusterSpec.of("1.31", Refs.subnet("net", "nodes"), NodePoolSpec.of("system", Size.of(2, 8), 1, 2))
                    .adminCidrs(Cidr.parse("198.51.100.0/24")).privateApi(false));
        }));
        assertThat(at(named(open, "apps-aks"), "apiServerAccessProfile")).isEqualTo(Map.of("enablePrivateCluster", false,
                "authorizedIPRanges", List.of("198.51.100.0/24")));
        assertThat(map(named(open, "apps-aks"), "agentPoolProfiles.0")).doesNotContainKey("nodeTaints");
    }

    @Test
    void aSubnetTooSmallForThePoolsAtTheirLargestIsAnError() {
        assertThatThrownBy(() -> preview(stack(p -> {
            p.network("net", NetworkSpec.of("10.0.0.0/16", SubnetSpec.of("nodes", "10.0.0.0/26")));
            p.kubernetesCluster("apps", KubernetesClusterSpec.of("1.31", Refs.subnet("net", "nodes"), NodePoolSpec.of("system", Size.of(2, 8), 1, 3)));
        }))).isInstanceOf(PontException.class)
                .hasMessage("target azure, kubernetes-cluster 'apps': subnet net/nodes (10.0.0.0/26) has 59 usable addresses, but Azure CNI"
                        + " gives each node 31 and the node pools need 124 at their maximum size (with one upgrade surge node per pool):"
                        + " use a larger subnet or lower maxNodes");
    }
}
