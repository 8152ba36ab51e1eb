package dev.pont.providers.azure;

import com.pulumi.azurenative.network.NetworkSecurityGroup;
import com.pulumi.azurenative.network.NetworkSecurityGroupArgs;
import com.pulumi.azurenative.network.SecurityRule;
import com.pulumi.azurenative.network.SecurityRuleArgs;
import com.pulumi.azurenative.network.VirtualNetwork;
import com.pulumi.azurenative.network.VirtualNetworkArgs;
import com.pulumi.azurenative.network.enums.SecurityRuleAccess;
import com.pulumi.azurenative.network.enums.SecurityRuleDirection;
import com.pulumi.azurenative.network.enums.SecurityRuleProtocol;
import com.pulumi.azurenative.network.enums.VirtualNetworkPrivateEndpointNetworkPolicies;
import com.pulumi.azurenative.network.enums.VirtualNetworkPrivateLinkServiceNetworkPolicies;
import com.pulumi.azurenative.network.inputs.AddressSpaceArgs;
import com.pulumi.azurenative.network.inputs.SubnetArgs;
import dev.pont.core.adapter.Realised;
import dev.pont.core.adapter.Scope;
import dev.pont.core.spec.FirewallRule;
import dev.pont.core.spec.FirewallRule.Endpoint;
import dev.pont.core.spec.FirewallSpec;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.SubnetSpec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Networks and firewalls: a virtual network whose subnets each have their own network security
 * group, deny by default; firewall rules become NSG security rules on the subnets they concern.
 */
final class Networks {
    private static final Map<FirewallRule.Protocol, SecurityRuleProtocol> PROTOCOLS = new EnumMap<>(Map.of(
            FirewallRule.Protocol.TCP, SecurityRuleProtocol.Tcp,
            FirewallRule.Protocol.UDP, SecurityRuleProtocol.Udp,
            FirewallRule.Protocol.ICMP, SecurityRuleProtocol.Icmp,
            FirewallRule.Protocol.ANY, SecurityRuleProtocol.Asterisk));

    private final AzureRun run;

    Networks(AzureRun run) {
        this.run = run;
    }

    Realised network(Scope scope, NetworkSpec spec) {
        Map<String, String> tags = run.tags(scope);
        Map<String, NetworkSecurityGroup> groups = new LinkedHashMap<>();
        Map<String, Handles.Priorities> priorities = new LinkedHashMap<>();
        for (SubnetSpec subnet : spec.subnets()) {
            String name = scope.child(subnet.name() + "-nsg");
            NetworkSecurityGroup nsg = new NetworkSecurityGroup(name, NetworkSecurityGroupArgs.builder()
                    .networkSecurityGroupName(name)
                    .resourceGroupName(run.resourceGroupName())
                    .location(run.location())
                    .tags(tags)
                    .build(), scope.options(null));
            // Azure's built-in NSG rules (priority 65000 and up) allow all traffic inside the virtual network, load balancer
            // probes and all outbound Internet traffic. Deny by default needs explicit deny-all rules at the lowest priority
            // a user rule can have (4096): they sit above the built-in ones, and every allow rule ranks above them.
            denyAll(scope, subnet, nsg, true);
            denyAll(scope, subnet, nsg, false);
            groups.put(subnet.name(), nsg);
            priorities.put(subnet.name(), new Handles.Priorities());
        }
        String name = scope.child("vnet");
        VirtualNetwork vnet = new VirtualNetwork(name, VirtualNetworkArgs.builder()
                .virtualNetworkName(name)
                .resourceGroupName(run.resourceGroupName())
                .location(run.location())
                .addressSpace(AddressSpaceArgs.builder().addressPrefixes(spec.addressSpace().toString()).build())
                // All subnets inline: a PUT on a virtual network replaces its subnet list, so subnets managed as separate
                // resources would be deleted by the next update of the network (pulumi-azure-native#611).
                .subnets(spec.subnets().stream().map(s -> SubnetArgs.builder()
                        .name(s.name())
                        .addressPrefix(s.cidr().toString())
                        .networkSecurityGroup(com.pulumi.azurenative.network.inputs.NetworkSecurityGroupArgs.builder()
                                .id(groups.get(s.name()).id()).build())
                        // Without this, NSG rules do not apply to private endpoints in the subnet.
                        .privateEndpointNetworkPolicies(VirtualNetworkPrivateEndpointNetworkPolicies.Enabled)
                        .privateLinkServiceNetworkPolicies(VirtualNetworkPrivateLinkServiceNetworkPolicies.Enabled)
                        .build()).toList())
                .tags(tags)
                .build(), scope.options(null));
        return Realised.of(vnet.id(), new Handles.Network(scope.name(), spec, scope.component(), tags, vnet, groups, priorities));
    }

    private void denyAll(Scope scope, SubnetSpec subnet, NetworkSecurityGroup nsg, boolean inbound) {
        String direction = inbound ? "inbound" : "outbound";
        new SecurityRule(scope.child(subnet.name() + "-deny-all-" + direction), SecurityRuleArgs.builder()
                .securityRuleName("deny-all-" + direction)
                .networkSecurityGroupName(nsg.name())
                .resourceGroupName(run.resourceGroupName())
                .priority(Handles.Priorities.DENY_ALL)
                .direction(inbound ? SecurityRuleDirection.Inbound : SecurityRuleDirection.Outbound)
                .access(SecurityRuleAccess.Deny)
                .protocol(SecurityRuleProtocol.Asterisk)
                .sourceAddressPrefix("*")
                .sourcePortRange("*")
                .destinationAddressPrefix("*")
                .destinationPortRange("*")
                .description("pont: deny by default; only the firewall's rules allow traffic")
                .build(), scope.options(null));
    }

    /**
     * One NSG rule per neutral rule and subnet it concerns. An inbound rule goes on the NSGs of the
     * destination subnets, an outbound rule on those of the source subnets; and because NSGs filter
     * both ends of a flow, the subnets at the other end inside the network get the mirror rule, so
     * the allowed flow can actually leave (or enter) them.
     */
    Realised firewall(Scope scope, FirewallSpec spec) {
        Handles.Network network = scope.lookup(spec.network(), Handles.Network.class);
        List<SecurityRule> rules = new ArrayList<>();
        for (FirewallRule rule : spec.rules()) {
            boolean inbound = rule.direction() == FirewallRule.Direction.INBOUND;
            Endpoint near = inbound ? rule.destination() : rule.source();
            Endpoint far = inbound ? rule.source() : rule.destination();
            List<SubnetSpec> filtering = subnets(network, near, true);
            if (filtering.isEmpty()) {
                throw scope.error("firewall rule '" + rule.name() + "' concerns no subnet of network '" + network.name() + "': its "
                        + (inbound ? "destination " : "source ") + near + " is outside " + network.spec().addressSpace()
                        + ": use a subnet of the network or a CIDR inside it");
            }
            for (SubnetSpec subnet : filtering) {
                rules.add(rule(scope, network, subnet, rule, inbound));
            }
            for (SubnetSpec subnet : subnets(network, far, false)) {
                rules.add(rule(scope, network, subnet, rule, !inbound));
            }
        }
        return Realised.of(null, new Handles.Firewall(rules));
    }

    /** Subnets an endpoint covers: its subnet, the subnets its CIDR overlaps, or (for any) all or none. */
    private static List<SubnetSpec> subnets(Handles.Network network, Endpoint endpoint, boolean anyMeansAll) {
        if (endpoint.subnet() != null) {
            return List.of(network.spec().subnet(endpoint.subnet().subnet()).orElseThrow());
        }
        if (endpoint.isAny()) {
            return anyMeansAll ? network.spec().subnets() : List.of();
        }
        return network.spec().subnets().stream().filter(s -> s.cidr().overlaps(endpoint.cidr())).toList();
    }

    private SecurityRule rule(Scope scope, Handles.Network network, SubnetSpec subnet, FirewallRule rule, boolean inbound) {
        return allow(scope, network, subnet.name(), rule.name(), inbound, PROTOCOLS.get(rule.protocol()), rule.ports().toString(),
                prefix(network, rule.source()), prefix(network, rule.destination()),
                "pont firewall " + scope.name() + ": " + rule.name() + " (" + rule.direction().wire() + " " + rule.protocol().wire()
                        + " " + rule.ports() + " from " + rule.source() + " to " + rule.destination() + ")");
    }

    /**
     * An allow rule on a subnet's NSG, at the next free priority in its direction. Prefixes are
     * CIDRs, {@code *} or Azure service tags.
     */
    SecurityRule allow(Scope scope, Handles.Network network, String subnet, String name, boolean inbound,
                       SecurityRuleProtocol protocol, String ports, String source, String destination, String description) {
        int priority = network.priorities().get(subnet).next(inbound);
        if (priority < 0) {
            throw scope.error("the network security group of subnet '" + subnet + "' has no free priority left for rule '"
                    + name + "' (Azure allows 100-4095): merge rules or split the subnet");
        }
        String direction = inbound ? "in" : "out";
        return new SecurityRule(scope.child(name + "-" + direction + "-" + subnet), SecurityRuleArgs.builder()
                .securityRuleName(AzureNames.fit(name + "-" + direction + "-" + subnet, 80))
                .networkSecurityGroupName(network.securityGroups().get(subnet).name())
                .resourceGroupName(run.resourceGroupName())
                .priority(priority)
                .direction(inbound ? SecurityRuleDirection.Inbound : SecurityRuleDirection.Outbound)
                .access(SecurityRuleAccess.Allow)
                .protocol(protocol)
                .sourceAddressPrefix(source)
                .sourcePortRange("*")
                .destinationAddressPrefix(destination)
                .destinationPortRange(ports)
                .description(description)
                .build(), scope.options(null));
    }

    private static String prefix(Handles.Network network, Endpoint endpoint) {
        if (endpoint.isAny()) {
            return "*";
        }
        return endpoint.cidr() != null ? endpoint.cidr().toString() : network.cidr(endpoint.subnet().subnet()).toString();
    }
}
