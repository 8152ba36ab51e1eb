package dev.pont.providers.azure.facts;

import static dev.pont.core.facts.Rules.props;

import dev.pont.core.facts.Property;
import dev.pont.core.facts.Rules;
import dev.pont.core.spec.ResourceKind;
import java.util.List;
import java.util.stream.Stream;

/**
 * Virtual networks and subnets as the network, and the network plumbing around them as supporting
 * roles. DNS zones are global: they state no location rather than a false one.
 */
final class NetworkFacts {
    static final String VNET = "azure-native:network:VirtualNetwork";
    private static final String ROLE = ResourceKind.NETWORK.role();

    private NetworkFacts() {}

    static void register(Rules rules) {
        rules.on(VNET, ROLE, r -> props()
                        .put(Property.SUBNETS, Inputs.maps(r, "subnets").stream().flatMap(NetworkFacts::prefixes).sorted().distinct().toList())
                        .put(Property.LOCATION, Inputs.location(r)))
                .onInPlan("azure-native:network:Subnet", ROLE, (r, plan) -> props()
                        .put(Property.SUBNETS, prefixes(r).toList())
                        .put(Property.LOCATION, Neighbours.parentLocation(plan, r, VNET, "virtualNetworkName")))
                .on("azure-native:network:PrivateEndpoint", AzureFacts.PRIVATE_ENDPOINT, r -> props()
                        .put(Property.PRIVATE_ENDPOINT, true)
                        .put(Property.LOCATION, Inputs.location(r)));
        for (String type : List.of("PrivateZone", "PrivateRecordSet", "VirtualNetworkLink", "PrivateDnsZoneGroup")) {
            rules.on("azure-native:network:" + type, AzureFacts.PRIVATE_DNS, r -> props());
        }
        for (String type : List.of("Zone", "RecordSet")) {
            rules.on("azure-native:network:" + type, AzureFacts.DNS, r -> props());
        }
        regional(rules, AzureFacts.ROUTING, "RouteTable", "Route");
        regional(rules, AzureFacts.NAT_GATEWAY, "NatGateway");
        regional(rules, AzureFacts.LOAD_BALANCER, "LoadBalancer", "LoadBalancerBackendAddressPool", "InboundNatRule");
        regional(rules, AzureFacts.NETWORK_PEERING, "VirtualNetworkPeering");
        regional(rules, AzureFacts.VPN_GATEWAY, "VirtualNetworkGateway", "LocalNetworkGateway", "VirtualNetworkGatewayConnection");
        regional(rules, AzureFacts.FIREWALL_GROUP, "ApplicationSecurityGroup", "IpGroup");
        regional(rules, AzureFacts.NETWORK_MONITORING, "NetworkWatcher");
    }

    /** Supporting network types that state only where they are. */
    private static void regional(Rules rules, String role, String... types) {
        for (String type : types) {
            rules.on("azure-native:network:" + type, role, r -> props().put(Property.LOCATION, Inputs.location(r)));
        }
    }

    /** A subnet's address prefixes: {@code addressPrefix} and/or {@code addressPrefixes}. */
    static Stream<String> prefixes(Object subnet) {
        return Stream.concat(Inputs.strings(subnet, "addressPrefix").stream(), Inputs.strings(subnet, "addressPrefixes").stream())
                .map(Values::cidr);
    }
}
