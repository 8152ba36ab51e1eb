package dev.pont.providers.ovhcloud.facts;

import static dev.pont.core.facts.Rules.bool;
import static dev.pont.core.facts.Rules.get;
import static dev.pont.core.facts.Rules.props;
import static dev.pont.core.facts.Rules.str;

import dev.pont.core.facts.Property;
import dev.pont.core.facts.Related;
import dev.pont.core.facts.Rules;
import dev.pont.core.plan.PlannedResource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * OpenStack (Neutron) security groups as OVHcloud runs them: a new group denies inbound traffic
 * and allows all outbound traffic through default egress rules, unless {@code deleteDefaultRules}
 * removes them; each rule adds an allowed flow to its group.
 */
final class SecurityGroups {
    static final String PORT = "openstack:networking/port:Port";
    static final String PORT_ASSOCIATION = "openstack:networking/portSecGroupAssociate:PortSecGroupAssociate";

    private SecurityGroups() {}

    static Rules.Props group(PlannedResource r) {
        boolean denies = denyByDefault(r);
        return props().put(Property.DENY_BY_DEFAULT, denies)
                .put(Property.ALLOW_RULES, denies ? List.of() : List.of(Rules.allowRule(false, "any", "*", null)));
    }

    private static boolean denyByDefault(PlannedResource group) {
        return Boolean.TRUE.equals(bool(group, "deleteDefaultRules"));
    }

    /**
     * {@code ingress} from / {@code egress} to the remote side: a CIDR ({@code remoteIpPrefix}), a
     * remote group, or every address when neither is set. No protocol means every protocol; no port
     * range every port; for ICMP the range is a type and a code.
     */
    static Rules.Props rule(PlannedResource r, Related related) {
        boolean inbound = !"egress".equalsIgnoreCase(str(r, "direction"));
        String protocol = protocol(str(r, "protocol"));
        Integer min = Rules.integer(r, "portRangeMin");
        Integer max = Rules.integer(r, "portRangeMax");
        String ports = protocol.equals("any") || min == null && max == null ? "*"
                : protocol.equals("icmp") ? "type" + min + (max == null ? "" : "code" + max) : Rules.ports(min, max);
        String peer = str(r, "remoteIpPrefix");
        if (peer == null && str(r, "remoteGroupId") != null) {
            peer = groupPeer(str(r, "remoteGroupId"), related);
        } else if (peer == null && str(r, "remoteAddressGroupId") != null) {
            peer = "address-group:" + str(r, "remoteAddressGroupId");
        }
        Boolean denies = related.byId(str(r, "securityGroupId")).filter(g -> g.type().equals(OvhcloudFacts.SECURITY_GROUP))
                .map(SecurityGroups::denyByDefault).orElse(null);
        return props().put(Property.ALLOW_RULES, List.of(Rules.allowRule(inbound, protocol, ports, peer)))
                .put(Property.DENY_BY_DEFAULT, denies);
    }

    private static String protocol(String value) {
        String p = value == null ? "" : value.toLowerCase(java.util.Locale.ROOT);
        return switch (p) {
            case "", "any" -> "any";
            case "6" -> "tcp";
            case "17" -> "udp";
            case "1" -> "icmp";
            default -> p;
        };
    }

    /**
     * A remote group as the CIDR of the one subnet every port carrying it sits in, when the plan
     * states those ports and that subnet; otherwise {@code sg:<name>}.
     */
    private static String groupPeer(String groupId, Related related) {
        TreeSet<String> cidrs = new TreeSet<>();
        for (PlannedResource port : portsOf(groupId, related)) {
            for (Object fixed : Rules.list(port, "fixedIps")) {
                String subnetId = fixed instanceof Map<?, ?> m && m.get("subnetId") != null ? String.valueOf(m.get("subnetId")) : null;
                cidrs.add(related.byId(subnetId).map(s -> Optional.ofNullable(str(s, "cidr")).orElse(str(s, "network"))).orElse("?"));
            }
        }
        if (cidrs.size() == 1 && !cidrs.first().equals("?")) {
            return cidrs.first();
        }
        return "sg:" + related.byId(groupId).map(g -> Optional.ofNullable(str(g, "name")).orElse(g.name())).orElse(groupId);
    }

    private static List<PlannedResource> portsOf(String groupId, Related related) {
        List<PlannedResource> ports = new java.util.ArrayList<>(related.ofType(PORT).stream()
                .filter(p -> OvhcloudFacts.strings(get(p, "securityGroupIds")).contains(groupId)).toList());
        related.ofType(PORT_ASSOCIATION).stream().filter(a -> OvhcloudFacts.strings(get(a, "securityGroupIds")).contains(groupId))
                .map(a -> related.byId(str(a, "portId"))).flatMap(Optional::stream).filter(Objects::nonNull).forEach(ports::add);
        return ports;
    }
}
