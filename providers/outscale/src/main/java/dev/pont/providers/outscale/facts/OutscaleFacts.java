package dev.pont.providers.outscale.facts;

import static dev.pont.core.facts.Rules.bool;
import static dev.pont.core.facts.Rules.get;
import static dev.pont.core.facts.Rules.integer;
import static dev.pont.core.facts.Rules.list;
import static dev.pont.core.facts.Rules.props;
import static dev.pont.core.facts.Rules.str;

import dev.pont.core.facts.PolicyDocument;
import dev.pont.core.facts.Property;
import dev.pont.core.facts.Related;
import dev.pont.core.facts.Rules;
import dev.pont.core.plan.PlannedResource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Facts of the {@code outscale} package (provider 0.0.2, bridged from terraform-provider-outscale
 * 1.3.2), read from the provider's documented semantics. Written apart from the Outscale adapter
 * and never calling it, so that conformance checks the adapter instead of repeating it.
 */
public final class OutscaleFacts extends Rules {
    static final String SECURITY_GROUP = "outscale:index/securityGroup:SecurityGroup";
    static final String PUBLIC_IP_LINK = "outscale:index/publicIpLink:PublicIpLink";
    static final String NIC_LINK = "outscale:index/nicLink:NicLink";
    static final String POLICY = "outscale:index/policy:Policy";
    static final String POLICY_VERSION = "outscale:index/policyVersion:PolicyVersion";

    public OutscaleFacts() {
        super("outscale");
        labelsAt("tags");
        // Network: a Net and its Subnets; security groups and their rules are the firewall.
        onRelated("outscale:index/net:Net", "network", (r, related) -> props().put(Property.LOCATION, providerRegion(r, related)));
        on("outscale:index/subnet:Subnet", "network", r -> props()
                .put(Property.SUBNETS, listOf(str(r, "ipRange")))
                .put(Property.LOCATION, OutscaleNames.region(str(r, "subregionName"))));
        on(SECURITY_GROUP, "firewall", OutscaleFacts::securityGroup);
        onRelated("outscale:index/securityGroupRule:SecurityGroupRule", "firewall", OutscaleFacts::securityGroupRule);

        // Compute and block storage.
        onRelated("outscale:index/vm:Vm", "virtual-machine", OutscaleFacts::vm);
        on("outscale:index/volume:Volume", "block-volume", r -> props()
                .put(Property.SIZE_GIB, integer(r, "size"))
                .put(Property.LOCATION, OutscaleNames.region(str(r, "subregionName"))));

        // OKS: the cluster; its project (the Net the cluster runs in) supports it.
        onRelated("outscale:index/oksCluster:OksCluster", "kubernetes-cluster", OutscaleFacts::oksCluster);
        on("outscale:index/oksProject:OksProject", "kubernetes-project", r -> props().put(Property.LOCATION, str(r, "region")));

        // EIM: a user is a service identity holding the grants of the policies linked to it.
        onRelated("outscale:index/user:User", "service-identity", (r, related) -> props()
                .put(Property.GRANTS, grants(list(r, "policies"), related)));
        onRelated("outscale:index/userGroup:UserGroup", "identity-group", (r, related) -> props()
                .put(Property.GRANTS, grants(list(r, "policies"), related)));
        on(POLICY, "access-policy", r -> props());
        on(POLICY_VERSION, "access-policy", r -> props());
        on("outscale:index/accessKey:AccessKey", "access-key", r -> props()
                .put(Property.SECRET_EXPIRY, str(r, "expirationDate") != null));

        // Infrastructure that supports a neutral resource.
        supporting("route-table", "routeTable:RouteTable", "routeTableLink:RouteTableLink", "mainRouteTableLink:MainRouteTableLink");
        supporting("route", "route:Route");
        supporting("internet-gateway", "internetService:InternetService", "internetServiceLink:InternetServiceLink");
        supporting("nat", "natService:NatService");
        supporting("public-ip", "publicIp:PublicIp");
        on(PUBLIC_IP_LINK, "public-ip", r -> props().put(Property.PUBLIC_IP, true));
        on("outscale:index/netAccessPoint:NetAccessPoint", "private-endpoint", r -> props().put(Property.PRIVATE_ENDPOINT, true));
        supporting("network-peering", "netPeering:NetPeering", "netPeeringAcceptation:NetPeeringAcceptation");
        supporting("dhcp-options", "dhcpOption:DhcpOption", "netAttributes:NetAttributes");
        supporting("network-interface", "nic:Nic", "nicLink:NicLink", "nicPrivateIp:NicPrivateIp");
        supporting("vpn", "clientGateway:ClientGateway", "virtualGateway:VirtualGateway", "virtualGatewayLink:VirtualGatewayLink",
                "virtualGatewayRoutePropagation:VirtualGatewayRoutePropagation", "vpnConnection:VpnConnection",
                "vpnConnectionRoute:VpnConnectionRoute");
        on("outscale:index/loadBalancer:LoadBalancer", "load-balancer", r -> props()
                .put(Property.PUBLIC_ENDPOINT, !"internal".equals(str(r, "loadBalancerType"))));
        supporting("load-balancer", "loadBalancerAttributes:LoadBalancerAttributes", "loadBalancerListenerRule:LoadBalancerListenerRule",
                "loadBalancerPolicy:LoadBalancerPolicy", "loadBalancerVms:LoadBalancerVms");
        supporting("certificate", "serverCertificate:ServerCertificate");
        supporting("keypair", "keypair:Keypair");
        supporting("volume-attachment", "volumeLink:VolumeLink");
        supporting("snapshot", "snapshot:Snapshot", "snapshotAttributes:SnapshotAttributes", "snapshotExportTask:SnapshotExportTask");
        supporting("machine-image", "image:Image", "imageExportTask:ImageExportTask", "imageLaunchPermission:ImageLaunchPermission");
        supporting("gpu", "flexibleGpu:FlexibleGpu", "flexibleGpuLink:FlexibleGpuLink");

        String trustedSessions = "Outscale API access control of the account (trusted sessions: API calls allowed only from listed "
                + "IP ranges or clients holding a certificate of a registered CA, access keys with a maximum lifetime); "
                + "no neutral equivalent: another cloud restricts its control plane in its own way";
        lockIn("outscale:index/apiAccessPolicy:ApiAccessPolicy", trustedSessions);
        lockIn("outscale:index/apiAccessRule:ApiAccessRule", trustedSessions);
        lockIn("outscale:index/ca:Ca", trustedSessions);
    }

    private void supporting(String role, String... types) {
        for (String type : types) {
            on("outscale:index/" + type, role, r -> props());
        }
    }

    /**
     * A security group denies inbound flows by default; in a Net it is created with an outbound rule
     * allowing everything unless {@code removeDefaultOutboundRule} is true. Outside a Net outbound
     * flows cannot be filtered at all.
     */
    private static Props securityGroup(PlannedResource r) {
        boolean denies = denyByDefault(r);
        return props().put(Property.DENY_BY_DEFAULT, denies)
                .put(Property.ALLOW_RULES, denies ? List.of() : List.of(Rules.allowRule(false, "any", "*", null)));
    }

    private static boolean denyByDefault(PlannedResource group) {
        return str(group, "netId") != null && Boolean.TRUE.equals(bool(group, "removeDefaultOutboundRule"));
    }

    /**
     * A rule adds allowed flows to its group (inbound: from the peer; outbound: to the peer), either
     * as top-level fields or as a {@code rules} list. Whether the group still denies by default is a
     * property of the group the rule names by id.
     */
    private static Props securityGroupRule(PlannedResource r, Related related) {
        boolean inbound = !"Outbound".equalsIgnoreCase(str(r, "flow"));
        List<String> allowed = new ArrayList<>();
        List<?> nested = list(r, "rules");
        if (nested.isEmpty()) {
            List<String> peers = new ArrayList<>();
            Optional.ofNullable(str(r, "ipRange")).ifPresent(peers::add);
            Optional.ofNullable(str(r, "securityGroupNameToLink")).ifPresent(g -> peers.add(groupPeer(g, related)));
            addRules(allowed, inbound, r.inputs(), peers);
        } else {
            for (Object item : nested) {
                if (item instanceof Map<?, ?> rule) {
                    List<String> peers = new ArrayList<>(strings(rule.get("ipRanges")));
                    for (Object member : rule.get("securityGroupsMembers") instanceof List<?> l ? l : List.of()) {
                        if (member instanceof Map<?, ?> m) {
                            Object group = m.get("securityGroupId") != null ? m.get("securityGroupId") : m.get("securityGroupName");
                            if (group != null) {
                                peers.add(groupPeer(String.valueOf(group), related));
                            }
                        }
                    }
                    strings(rule.get("serviceIds")).forEach(s -> peers.add("service:" + s));
                    addRules(allowed, inbound, rule, peers);
                }
            }
        }
        Boolean denies = related.byId(str(r, "securityGroupId")).filter(g -> g.type().equals(SECURITY_GROUP))
                .map(OutscaleFacts::denyByDefault).orElse(null);
        return props().put(Property.ALLOW_RULES, allowed).put(Property.DENY_BY_DEFAULT, denies);
    }

    private static void addRules(List<String> out, boolean inbound, Map<?, ?> rule, List<String> peers) {
        String protocol = protocol(rule.get("ipProtocol"));
        String ports = ports(protocol, number(rule.get("fromPortRange")), number(rule.get("toPortRange")));
        peers.forEach(peer -> out.add(Rules.allowRule(inbound, protocol, ports, peer)));
    }

    /** {@code tcp}, {@code udp}, {@code icmp} by name or IANA number; {@code -1} (the default) is every protocol. */
    private static String protocol(Object value) {
        String p = value == null ? "-1" : String.valueOf(value).toLowerCase(java.util.Locale.ROOT);
        return switch (p) {
            case "-1" -> "any";
            case "6" -> "tcp";
            case "17" -> "udp";
            case "1" -> "icmp";
            default -> p;
        };
    }

    /** Ports of TCP/UDP; for ICMP the fields are a type and a code ({@code -1}: all). */
    private static String ports(String protocol, Integer from, Integer to) {
        Integer a = from == null || from == -1 ? null : from;
        Integer b = to == null || to == -1 ? null : to;
        if (protocol.equals("any") || a == null && b == null) {
            return "*";
        }
        if (protocol.equals("icmp")) {
            return "type" + a + (b == null ? "" : "code" + b);
        }
        return Rules.ports(a, b);
    }

    /** A peer group as {@code sg:<name>}: Outscale security groups carry no CIDR of their own. */
    private static String groupPeer(String idOrName, Related related) {
        Optional<PlannedResource> group = related.byId(idOrName).filter(g -> g.type().equals(SECURITY_GROUP));
        if (group.isEmpty()) {
            group = related.ofType(SECURITY_GROUP).stream().filter(g -> idOrName.equals(str(g, "securityGroupName"))).findFirst();
        }
        return "sg:" + group.map(g -> Optional.ofNullable(str(g, "securityGroupName")).orElse(g.name())).orElse(idOrName);
    }

    private static Props vm(PlannedResource r, Related related) {
        Optional<OutscaleNames.Size> size = OutscaleNames.size(str(r, "vmType"));
        Optional<PlannedResource> subnet = related.byId(str(r, "subnetId"));
        String subregion = Optional.ofNullable(str(r, "placementSubregionName"))
                .orElseGet(() -> subnet.map(s -> str(s, "subregionName")).orElse(null));
        String location = subregion != null ? OutscaleNames.region(subregion) : providerRegion(r, related);
        boolean publicIp = publicIp(r, subnet, related);
        boolean inNet = str(r, "subnetId") != null || list(r, "nics").stream().anyMatch(n -> n instanceof Map<?, ?> m && m.get("subnetId") != null);
        return props()
                .put(Property.VCPU, size.map(OutscaleNames.Size::vcpu).orElse(null))
                .put(Property.MEMORY_GIB, size.map(OutscaleNames.Size::memoryGiB).orElse(null))
                .put(Property.LOCATION, location)
                .put(Property.PUBLIC_IP, publicIp)
                // What the VM serves (e.g. a database it hosts) is reached where the VM is: from the
                // internet only through a public IP, privately on its address in a Net's Subnet.
                .put(Property.PUBLIC_ENDPOINT, publicIp)
                .put(Property.PRIVATE_ENDPOINT, inNet ? Boolean.TRUE : null);
    }

    /**
     * A VM is reachable from the internet when a public IP is linked to it or to one of its NICs,
     * when its NICs carry one, or when its Subnet maps a public IP on launch.
     */
    private static boolean publicIp(PlannedResource vm, Optional<PlannedResource> subnet, Related related) {
        Set<String> nics = new HashSet<>();
        boolean nicPublic = false;
        for (String field : List.of("nics", "primaryNics")) {
            for (Object nic : list(vm, field)) {
                if (nic instanceof Map<?, ?> m) {
                    Optional.ofNullable(m.get("nicId")).map(String::valueOf).ifPresent(nics::add);
                    nicPublic |= m.get("linkPublicIps") instanceof List<?> ips && !ips.isEmpty();
                }
            }
        }
        if (vm.id() != null) {
            related.ofType(NIC_LINK).stream().filter(l -> vm.id().equals(str(l, "vmId"))).map(l -> str(l, "nicId")).forEach(nics::add);
        }
        boolean linked = related.ofType(PUBLIC_IP_LINK).stream()
                .anyMatch(l -> vm.id() != null && vm.id().equals(str(l, "vmId")) || nics.contains(str(l, "nicId")));
        boolean mapped = subnet.map(s -> Boolean.TRUE.equals(bool(s, "mapPublicIpOnLaunch"))).orElse(false);
        return linked || nicPublic || mapped;
    }

    /**
     * The OKS API is a public endpoint filtered by {@code adminWhitelists}; the control plane is
     * spread over Subregions with {@code cpMultiAz} and has three masters with the {@code cp.3.*}
     * plans (the default, {@code cp.3.masters.small}). The region is the project's.
     */
    private static Props oksCluster(PlannedResource r, Related related) {
        String region = related.byId(str(r, "projectId")).map(p -> str(p, "region")).orElseGet(() -> providerRegion(r, related));
        String controlPlanes = Optional.ofNullable(str(r, "controlPlanes")).orElse("cp.3.masters.small");
        return props()
                .put(Property.VERSION, str(r, "version"))
                .put(Property.PRIVATE_API, false)
                .put(Property.ADMIN_CIDRS, strings(get(r, "adminWhitelists")))
                .put(Property.ZONE_REDUNDANT, Boolean.TRUE.equals(bool(r, "cpMultiAz")))
                .put(Property.HIGH_AVAILABILITY, controlPlanes.startsWith("cp.3."))
                .put(Property.LOCATION, region);
    }

    /**
     * The grants of the EIM policies linked by ORN, read from the policy (or its default version) when
     * the plan holds it. An EIM identity has no permission by default, so none linked means none held.
     */
    private static List<String> grants(List<?> linked, Related related) {
        TreeSet<String> grants = new TreeSet<>();
        for (Object item : linked) {
            if (item instanceof Map<?, ?> m && m.get("policyOrn") != null) {
                document(String.valueOf(m.get("policyOrn")), related)
                        .flatMap(PolicyDocument::parse)
                        .ifPresent(doc -> grants.addAll(doc.grants(resource -> resource)));
            }
        }
        return List.copyOf(grants);
    }

    private static Optional<String> document(String orn, Related related) {
        Optional<String> defaultVersion = related.ofType(POLICY_VERSION).stream()
                .filter(v -> orn.equals(str(v, "policyOrn")) && Boolean.TRUE.equals(bool(v, "setAsDefault")))
                .map(v -> str(v, "document")).reduce((first, second) -> second);
        if (defaultVersion.isPresent()) {
            return defaultVersion;
        }
        String name = orn.substring(orn.lastIndexOf('/') + 1);
        return related.byId(orn).filter(p -> p.type().equals(POLICY))
                .or(() -> related.ofType(POLICY).stream().filter(p -> name.equals(str(p, "policyName"))).findFirst())
                .map(p -> str(p, "document"));
    }

    private static String providerRegion(PlannedResource r, Related related) {
        return related.provider(r).map(p -> str(p, "region")).orElse(null);
    }

    private static Integer number(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return value == null ? null : Integer.valueOf(String.valueOf(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> listOf(String value) {
        return value == null ? null : List.of(value);
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> l ? l.stream().map(String::valueOf).toList() : value == null ? List.of() : List.of(String.valueOf(value));
    }
}
