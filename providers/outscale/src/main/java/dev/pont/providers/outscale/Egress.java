package dev.pont.providers.outscale;

import dev.pont.core.adapter.Scope;
import dev.pont.core.spec.Cidr;
import dev.pont.providers.outscale.Handles.NetworkHandle;
import dev.pont.providers.outscale.Handles.SubnetHandle;
import dev.pont.providers.outscale.bindings.InternetService;
import dev.pont.providers.outscale.bindings.InternetServiceArgs;
import dev.pont.providers.outscale.bindings.InternetServiceLink;
import dev.pont.providers.outscale.bindings.InternetServiceLinkArgs;
import dev.pont.providers.outscale.bindings.NatService;
import dev.pont.providers.outscale.bindings.NatServiceArgs;
import dev.pont.providers.outscale.bindings.OutscaleProvider;
import dev.pont.providers.outscale.bindings.PublicIp;
import dev.pont.providers.outscale.bindings.PublicIpArgs;
import dev.pont.providers.outscale.bindings.Route;
import dev.pont.providers.outscale.bindings.RouteArgs;
import dev.pont.providers.outscale.bindings.RouteTable;
import dev.pont.providers.outscale.bindings.RouteTableArgs;
import dev.pont.providers.outscale.bindings.RouteTableLink;
import dev.pont.providers.outscale.bindings.RouteTableLinkArgs;
import dev.pont.providers.outscale.bindings.Subnet;
import dev.pont.providers.outscale.bindings.SubnetArgs;
import java.util.HashMap;
import java.util.Map;

/**
 * Internet access of one Net, created only when something asks for it: an internet service
 * when a VM wants a public IP or a subnet needs egress; a NAT service (in a small egress subnet
 * of its own, routed to the internet service) when a firewall lets a private subnet out. The
 * first declaration that asks owns these resources; later ones reuse them.
 */
final class Egress {
    enum Mode { NAT, INTERNET }

    private final OutscaleProvider provider;
    private final NetworkHandle network;
    private final Map<String, Mode> routed = new HashMap<>();
    private InternetServiceLink internet;
    private NatService nat;

    Egress(OutscaleProvider provider, NetworkHandle network) {
        this.provider = provider;
        this.network = network;
    }

    /** Routes the subnet's outbound traffic through the NAT service (private VMs reach out, nothing reaches in). */
    void throughNat(Scope scope, SubnetHandle subnet) {
        if (route(scope, subnet, Mode.NAT)) {
            NatService natService = nat(scope);
            new Route(scope.child("egress-" + subnet.name()), RouteArgs.builder()
                    .routeTableId(subnet.routeTable().routeTableId())
                    .destinationIpRange(Cidr.ANY.toString())
                    .natServiceId(natService.natServiceId())
                    .build(), scope.options(provider, natService));
        }
    }

    /** Routes the subnet straight to the internet service, which VMs with a public IP need. */
    void direct(Scope scope, SubnetHandle subnet) {
        if (route(scope, subnet, Mode.INTERNET)) {
            InternetServiceLink link = internet(scope);
            new Route(scope.child("internet-" + subnet.name()), RouteArgs.builder()
                    .routeTableId(subnet.routeTable().routeTableId())
                    .destinationIpRange(Cidr.ANY.toString())
                    .gatewayId(link.internetServiceId())
                    .build(), scope.options(provider, link));
        }
    }

    /** Whether the subnet has a default route out (through the NAT or the internet service). */
    boolean reachesInternet(String subnet) {
        return routed.containsKey(subnet);
    }

    /** True when the route is still to be created; a subnet has one default route, so modes cannot mix. */
    private boolean route(Scope scope, SubnetHandle subnet, Mode mode) {
        Mode current = routed.get(subnet.name());
        if (current != null && current != mode) {
            throw scope.error("subnet " + network.name() + "/" + subnet.name() + " already sends its traffic through "
                    + (current == Mode.NAT ? "the NAT service (private egress)" : "the internet service (public IPs)")
                    + ": put VMs with a public IP and privately egressing VMs in different subnets");
        }
        routed.put(subnet.name(), mode);
        return current == null;
    }

    private InternetServiceLink internet(Scope scope) {
        if (internet == null) {
            InternetService service = new InternetService(scope.child("internet"), InternetServiceArgs.builder()
                    .tags(Tags.of(scope.labels())).build(), scope.options(provider));
            internet = new InternetServiceLink(scope.child("internet-link"), InternetServiceLinkArgs.builder()
                    .internetServiceId(service.internetServiceId())
                    .netId(network.net().netId())
                    .build(), scope.options(provider));
        }
        return internet;
    }

    private NatService nat(Scope scope) {
        if (nat == null) {
            InternetServiceLink link = internet(scope);
            String subregion = network.subnets().values().iterator().next().subregion();
            Subnet egressSubnet = new Subnet(scope.child("egress-subnet"), SubnetArgs.builder()
                    .netId(network.net().netId())
                    .ipRange(freeBlock(scope).toString())
                    .subregionName(subregion)
                    .mapPublicIpOnLaunch(false)
                    .tags(Tags.of(scope.labels()))
                    .build(), scope.options(provider));
            RouteTable table = new RouteTable(scope.child("egress-routes"), RouteTableArgs.builder()
                    .netId(network.net().netId()).tags(Tags.of(scope.labels())).build(), scope.options(provider));
            new RouteTableLink(scope.child("egress-routes-link"), RouteTableLinkArgs.builder()
                    .routeTableId(table.routeTableId()).subnetId(egressSubnet.subnetId()).build(), scope.options(provider));
            Route toInternet = new Route(scope.child("egress-internet"), RouteArgs.builder()
                    .routeTableId(table.routeTableId())
                    .destinationIpRange(Cidr.ANY.toString())
                    .gatewayId(link.internetServiceId())
                    .build(), scope.options(provider, link));
            PublicIp ip = new PublicIp(scope.child("nat-ip"), PublicIpArgs.builder().tags(Tags.of(scope.labels())).build(),
                    scope.options(provider));
            nat = new NatService(scope.child("nat"), NatServiceArgs.builder()
                    .publicIpId(ip.publicIpId())
                    .subnetId(egressSubnet.subnetId())
                    .tags(Tags.of(scope.labels()))
                    .build(), scope.options(provider, toInternet));
        }
        return nat;
    }

    /** The highest /28 of the Net that no declared subnet overlaps: the NAT service's own subnet. */
    private Cidr freeBlock(Scope scope) {
        Cidr space = network.addressSpace();
        for (long address = space.last() + 1 - 16; address >= space.first(); address -= 16) {
            Cidr candidate = new Cidr(address, 28);
            if (network.subnets().values().stream().noneMatch(s -> s.cidr().overlaps(candidate))) {
                return candidate;
            }
        }
        throw scope.error("network '" + network.name() + "' " + space + " has no free /28 left for the NAT service's subnet:"
                + " leave 16 addresses of the address space outside every subnet");
    }
}
