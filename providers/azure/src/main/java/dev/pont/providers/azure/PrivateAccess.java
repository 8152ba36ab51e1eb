package dev.pont.providers.azure;

import com.pulumi.azurenative.network.PrivateDnsZoneGroup;
import com.pulumi.azurenative.network.PrivateDnsZoneGroupArgs;
import com.pulumi.azurenative.network.PrivateEndpoint;
import com.pulumi.azurenative.network.PrivateEndpointArgs;
import com.pulumi.azurenative.network.PrivateZone;
import com.pulumi.azurenative.network.PrivateZoneArgs;
import com.pulumi.azurenative.network.VirtualNetworkLink;
import com.pulumi.azurenative.network.VirtualNetworkLinkArgs;
import com.pulumi.azurenative.network.inputs.PrivateDnsZoneConfigArgs;
import com.pulumi.azurenative.network.inputs.PrivateLinkServiceConnectionArgs;
import com.pulumi.azurenative.network.inputs.SubResourceArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import dev.pont.core.adapter.Scope;
import dev.pont.core.facts.Property;
import dev.pont.core.spec.Exposure;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Private endpoints for data services, with the private DNS that makes their usual host names
 * resolve to the private address inside the network. A private DNS zone name is unique in a
 * resource group, so each zone is created once per stack, and linked once to each network.
 */
final class PrivateAccess {
    private final AzureRun run;
    private final Map<String, PrivateZone> zones = new TreeMap<>();
    private final Map<String, VirtualNetworkLink> links = new TreeMap<>();

    PrivateAccess(AzureRun run) {
        this.run = run;
    }

    /** A private endpoint to {@code target}'s {@code group} in the exposure's subnet, if it names one. */
    Optional<PrivateEndpoint> endpoint(Scope scope, Exposure exposure, Output<String> target, String group, Resource... dependsOn) {
        if (exposure.subnet() == null) {
            return Optional.empty();
        }
        Handles.Network network = scope.lookup(exposure.subnet().network(), Handles.Network.class);
        String name = scope.child("pe");
        PrivateEndpoint endpoint = new PrivateEndpoint(name, PrivateEndpointArgs.builder()
                .privateEndpointName(name)
                .customNetworkInterfaceName(name + "-nic")
                .resourceGroupName(run.resourceGroupName())
                .location(run.location())
                .subnet(network.subnetRef(exposure.subnet().subnet()))
                .privateLinkServiceConnections(PrivateLinkServiceConnectionArgs.builder()
                        .name(name)
                        .privateLinkServiceId(target)
                        .groupIds(group)
                        .build())
                .tags(run.tags(scope))
                .build(), scope.options(null, dependsOn));
        String zoneName = run.rules().privateDnsZones().get(group);
        PrivateZone zone = zone(network, group, zoneName);
        VirtualNetworkLink link = link(network, group, zone, zoneName);
        new PrivateDnsZoneGroup(name + "-dns", PrivateDnsZoneGroupArgs.builder()
                .privateDnsZoneGroupName("default")
                .privateEndpointName(endpoint.name())
                .resourceGroupName(run.resourceGroupName())
                .privateDnsZoneConfigs(PrivateDnsZoneConfigArgs.builder()
                        .name(zoneName.replace('.', '-'))
                        .privateDnsZoneId(zone.id())
                        .build())
                .build(), scope.options(null, link));
        return Optional.of(endpoint);
    }

    /**
     * Private exposure with allowed CIDRs but no subnet: Azure can only admit CIDRs on a public
     * endpoint, which a private exposure keeps closed.
     */
    static void checkCidrsWithoutSubnet(Scope scope, Exposure exposure) {
        if (!exposure.publicEndpoint() && exposure.subnet() == null && !exposure.allowedCidrs().isEmpty()) {
            scope.degraded("allowed CIDRs " + exposure.allowedCidrs() + " are not reachable: without a subnet there is no private"
                    + " endpoint, and Azure admits CIDRs only on the public endpoint, which stays disabled; give the exposure a subnet",
                    Property.ALLOWED_CIDRS);
        }
    }

    // Zones and links belong to the network they serve, so they are children of its component.
    private PrivateZone zone(Handles.Network network, String group, String zoneName) {
        return zones.computeIfAbsent(zoneName, z -> new PrivateZone(network.name() + "-dns-" + group, PrivateZoneArgs.builder()
                .privateZoneName(zoneName)
                .resourceGroupName(run.resourceGroupName())
                .location("global")
                .tags(network.tags())
                .build(), CustomResourceOptions.builder().parent(network.component()).build()));
    }

    private VirtualNetworkLink link(Handles.Network network, String group, PrivateZone zone, String zoneName) {
        return links.computeIfAbsent(zoneName + "|" + network.name(), k -> new VirtualNetworkLink(
                network.name() + "-dns-" + group + "-link", VirtualNetworkLinkArgs.builder()
                .virtualNetworkLinkName(network.name() + "-link")
                .privateZoneName(zone.name())
                .resourceGroupName(run.resourceGroupName())
                .location("global")
                .virtualNetwork(SubResourceArgs.builder().id(network.vnet().id()).build())
                .registrationEnabled(false)
                .tags(network.tags())
                .build(), CustomResourceOptions.builder().parent(network.component()).build()));
    }
}
