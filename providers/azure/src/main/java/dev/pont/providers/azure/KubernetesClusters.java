package dev.pont.providers.azure;

import com.pulumi.azurenative.authorization.RoleAssignment;
import com.pulumi.azurenative.containerservice.AgentPool;
import com.pulumi.azurenative.containerservice.AgentPoolArgs;
import com.pulumi.azurenative.containerservice.ManagedCluster;
import com.pulumi.azurenative.containerservice.ManagedClusterArgs;
import com.pulumi.azurenative.containerservice.enums.AgentPoolMode;
import com.pulumi.azurenative.containerservice.enums.AgentPoolType;
import com.pulumi.azurenative.containerservice.enums.LoadBalancerSku;
import com.pulumi.azurenative.containerservice.enums.ManagedClusterSKUName;
import com.pulumi.azurenative.containerservice.enums.ManagedClusterSKUTier;
import com.pulumi.azurenative.containerservice.enums.NetworkPlugin;
import com.pulumi.azurenative.containerservice.enums.NetworkPolicy;
import com.pulumi.azurenative.containerservice.enums.OSType;
import com.pulumi.azurenative.containerservice.enums.OutboundType;
import com.pulumi.azurenative.containerservice.enums.ResourceIdentityType;
import com.pulumi.azurenative.containerservice.enums.UpgradeChannel;
import com.pulumi.azurenative.containerservice.inputs.ContainerServiceNetworkProfileArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterAADProfileArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterAPIServerAccessProfileArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterAgentPoolProfileArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterAutoUpgradeProfileArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterIdentityArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterOIDCIssuerProfileArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterSKUArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterSecurityProfileArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterSecurityProfileWorkloadIdentityArgs;
import com.pulumi.azurenative.managedidentity.UserAssignedIdentity;
import com.pulumi.azurenative.managedidentity.UserAssignedIdentityArgs;
import com.pulumi.azurenative.network.enums.SecurityRuleProtocol;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import dev.pont.core.adapter.Realised;
import dev.pont.core.adapter.Scope;
import dev.pont.core.facts.Property;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.KubernetesClusterSpec;
import dev.pont.core.spec.NodePoolSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * A Kubernetes cluster is an AKS managed cluster with Azure CNI in the stack's subnet, Entra ID
 * authentication and Azure RBAC only (no local accounts), and a private API server unless asked.
 */
final class KubernetesClusters {
    private static final List<String> ALL_ZONES = List.of("1", "2", "3");

    private final AzureRun run;
    private final Networks networks;

    KubernetesClusters(AzureRun run, Networks networks) {
        this.run = run;
        this.networks = networks;
    }

    Realised kubernetesCluster(Scope scope, KubernetesClusterSpec spec) {
        String version = run.catalog().kubernetesVersion(scope, spec.version());
        Handles.Network network = scope.lookup(spec.subnet().network(), Handles.Network.class);
        String subnet = spec.subnet().subnet();
        AzureRules.Kubernetes rules = run.rules().kubernetes();
        checkCapacity(scope, spec, network.cidr(subnet), rules);
        Cidr serviceCidr = serviceCidr(scope, network, rules);
        Output<String> subnetId = network.subnetId(subnet);
        boolean zoneRedundant = run.session().placement().zoneRedundant();

        // The control plane manages load balancers and addresses in a subnet the cluster does not own: give it an
        // identity with that right before the cluster exists, instead of a system identity granted afterwards.
        String identityName = scope.child("control-plane");
        UserAssignedIdentity identity = new UserAssignedIdentity(identityName, UserAssignedIdentityArgs.builder()
                .resourceName(identityName)
                .resourceGroupName(run.resourceGroupName())
                .location(run.location())
                .tags(run.tags(scope))
                .build(), scope.options(null));
        RoleAssignment subnetAccess = run.assignRole(scope, "control-plane-network", BuiltInRole.NETWORK_CONTRIBUTOR,
                identity.principalId(), subnetId, "the AKS control plane of " + scope.name() + " on subnet " + spec.subnet());
        List<Resource> dependsOn = new ArrayList<>(networkRules(scope, network, subnet));
        dependsOn.add(subnetAccess);

        NodePoolSpec system = spec.nodePools().get(0);
        ManagedClusterAgentPoolProfileArgs.Builder systemPool = ManagedClusterAgentPoolProfileArgs.builder()
                .name(system.name())
                .mode(AgentPoolMode.System)
                .type(AgentPoolType.VirtualMachineScaleSets)
                .osType(OSType.Linux)
                .vmSize(run.catalog().size(scope, system.size()))
                .enableAutoScaling(true)
                .minCount(system.minNodes())
                .maxCount(system.maxNodes())
                .count(system.minNodes())
                .maxPods(rules.maxPodsPerNode())
                .vnetSubnetID(subnetId)
                .enableNodePublicIP(false)
                .enableEncryptionAtHost(true);
        if (spec.nodePools().size() > 1) {
            // Workloads go to the user pools; the system pool keeps to cluster add-ons.
            systemPool.nodeTaints("CriticalAddonsOnly=true:NoSchedule");
        }
        if (zoneRedundant) {
            systemPool.availabilityZones(ALL_ZONES);
        }
        ManagedClusterAPIServerAccessProfileArgs.Builder api = ManagedClusterAPIServerAccessProfileArgs.builder()
                .enablePrivateCluster(spec.privateApi());
        if (spec.privateApi()) {
            api.privateDNSZone("system");
        } else {
            api.authorizedIPRanges(spec.adminCidrs().stream().map(Cidr::toString).toList());
        }
        String name = scope.child("aks");
        ManagedCluster cluster = new ManagedCluster(name, ManagedClusterArgs.builder()
                .resourceName(name)
                .resourceGroupName(run.resourceGroupName())
                .location(run.location())
                .kubernetesVersion(version)
                .dnsPrefix(run.globalName(scope, AzureNames::dnsPrefix))
                .nodeResourceGroup(AzureNames.resourceGroup(run.session().stack() + "-" + scope.name() + "-nodes"))
                // Standard tier: the API server has a financially backed SLA (Free has none).
                .sku(ManagedClusterSKUArgs.builder().name(ManagedClusterSKUName.Base).tier(ManagedClusterSKUTier.Standard).build())
                .identity(ManagedClusterIdentityArgs.builder()
                        .type(ResourceIdentityType.UserAssigned)
                        .userAssignedIdentities(identity.id().applyValue(List::of))
                        .build())
                .agentPoolProfiles(systemPool.build())
                .apiServerAccessProfile(api.build())
                .aadProfile(ManagedClusterAADProfileArgs.builder()
                        .managed(true)
                        .enableAzureRBAC(true)
                        .tenantID(run.tenantId())
                        .build())
                .disableLocalAccounts(true)
                .enableRBAC(true)
                .networkProfile(ContainerServiceNetworkProfileArgs.builder()
                        .networkPlugin(NetworkPlugin.Azure)
                        .networkPolicy(NetworkPolicy.Calico)
                        .serviceCidr(serviceCidr.toString())
                        .dnsServiceIP(serviceCidr.host(10))
                        .loadBalancerSku(LoadBalancerSku.Standard)
                        .outboundType(OutboundType.LoadBalancer)
                        .build())
                // Workload identity: pods authenticate as the stack's service identities, with no secret.
                .oidcIssuerProfile(ManagedClusterOIDCIssuerProfileArgs.builder().enabled(true).build())
                .securityProfile(ManagedClusterSecurityProfileArgs.builder()
                        .workloadIdentity(ManagedClusterSecurityProfileWorkloadIdentityArgs.builder().enabled(true).build())
                        .build())
                .autoUpgradeProfile(ManagedClusterAutoUpgradeProfileArgs.builder().upgradeChannel(UpgradeChannel.Patch).build())
                .tags(run.tags(scope))
                .build(), scope.options(null, dependsOn.toArray(Resource[]::new)));

        for (NodePoolSpec pool : spec.nodePools().subList(1, spec.nodePools().size())) {
            AgentPoolArgs.Builder args = AgentPoolArgs.builder()
                    .agentPoolName(pool.name())
                    .resourceName(cluster.name())
                    .resourceGroupName(run.resourceGroupName())
                    .mode(AgentPoolMode.User)
                    .type(AgentPoolType.VirtualMachineScaleSets)
                    .osType(OSType.Linux)
                    .orchestratorVersion(version)
                    .vmSize(run.catalog().size(scope, pool.size()))
                    .enableAutoScaling(true)
                    .minCount(pool.minNodes())
                    .maxCount(pool.maxNodes())
                    .count(pool.minNodes())
                    .maxPods(rules.maxPodsPerNode())
                    .vnetSubnetID(subnetId)
                    .enableNodePublicIP(false)
                    .enableEncryptionAtHost(true)
                    .tags(run.tags(scope));
            if (zoneRedundant) {
                args.availabilityZones(ALL_ZONES);
            }
            new AgentPool(scope.child("pool-" + pool.name()), args.build(), scope.options(null));
        }
        return new Realised(cluster.id(), spec.privateApi() ? cluster.privateFQDN() : cluster.fqdn(),
                new Handles.Cluster(scope.name(), cluster));
    }

    /**
     * Azure CNI gives every node maxPods + 1 addresses of the subnet; the pools at their largest,
     * with one surge node each for upgrades, must fit.
     */
    private static void checkCapacity(Scope scope, KubernetesClusterSpec spec, Cidr subnet, AzureRules.Kubernetes rules) {
        long usable = (1L << (32 - subnet.prefix())) - rules.reservedSubnetAddresses();
        long needed = spec.nodePools().stream().mapToLong(p -> (p.maxNodes() + 1L) * (rules.maxPodsPerNode() + 1L)).sum();
        if (needed > usable) {
            throw scope.error("subnet " + spec.subnet() + " (" + subnet + ") has " + usable + " usable addresses, but Azure CNI gives"
                    + " each node " + (rules.maxPodsPerNode() + 1) + " and the node pools need " + needed + " at their maximum size"
                    + " (with one upgrade surge node per pool): use a larger subnet or lower maxNodes");
        }
    }

    /** The first service CIDR that overlaps neither the cluster's network nor its subnets. */
    private static Cidr serviceCidr(Scope scope, Handles.Network network, AzureRules.Kubernetes rules) {
        return rules.serviceCidrs().stream().map(Cidr::parse)
                .filter(c -> !c.overlaps(network.spec().addressSpace()))
                .findFirst()
                .orElseThrow(() -> scope.error("every Kubernetes service range Pont knows " + rules.serviceCidrs() + " overlaps network '"
                        + network.name() + "' (" + network.spec().addressSpace() + "): use another address space for the network"));
    }

    /**
     * The traffic AKS needs that the subnet's deny-by-default NSG would block. Egress the stack's
     * firewall did not list is a deviation: NSGs cannot narrow it to the host names AKS uses.
     */
    private List<Resource> networkRules(Scope scope, Handles.Network network, String subnet) {
        String cidr = network.cidr(subnet).toString();
        List<Resource> created = new ArrayList<>();
        TreeMap<String, List<String>> egress = new TreeMap<>();
        for (AzureRules.NetworkRule rule : run.rules().kubernetes().networkRules()) {
            String source = rule.source().replace("{subnet}", cidr).replace("{region}", run.location());
            String destination = rule.destination().replace("{subnet}", cidr).replace("{region}", run.location());
            SecurityRuleProtocol protocol = rule.protocol().equals("*") ? SecurityRuleProtocol.Asterisk : SecurityRuleProtocol.valueOf(rule.protocol());
            created.add(networks.allow(scope, network, subnet, rule.name(), rule.direction().equals("inbound"), protocol, rule.ports(),
                    source, destination, "pont: AKS " + scope.name() + " needs it: " + rule.why()));
            if (rule.egress()) {
                egress.computeIfAbsent(destination, d -> new ArrayList<>()).add(rule.protocol().toUpperCase(Locale.ROOT) + " " + rule.ports());
            }
        }
        if (!egress.isEmpty()) {
            scope.degraded("the cluster subnet " + network.name() + "/" + subnet + " may also reach " + egress.entrySet().stream()
                    .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")").reduce((a, b) -> a + ", " + b).orElse("")
                    + ", which AKS nodes need and NSGs cannot narrow to host names; to narrow it, send egress through an Azure"
                    + " Firewall with the AzureKubernetesService FQDN tag", Property.ALLOW_RULES);
        }
        return created;
    }
}
