package dev.pont.providers.outscale;

import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.FirewallRule;
import dev.pont.core.spec.FirewallRule.Direction;
import dev.pont.core.spec.FirewallRule.Endpoint;
import dev.pont.core.spec.FirewallRule.Protocol;
import dev.pont.core.spec.FirewallSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps network-level allow rules onto per-subnet security groups. An Outscale security group
 * filters the traffic of the VMs that join it, so an inbound rule lands on the group of each
 * destination subnet (peer: the source), an outbound rule on the group of each source subnet
 * (peer: the destination). A CIDR or "any" on the group side selects the subnets it overlaps.
 */
final class FirewallRules {

    /** One {@code SecurityGroupRule}: on {@code subnet}'s group, {@code flow}, protocol, ports, peer range. */
    record GroupRule(String rule, String subnet, String flow, String ipProtocol, Integer fromPort, Integer toPort, Cidr peer) {
        String resourceSuffix(boolean manyTargets) {
            return manyTargets ? rule + "-" + subnet : rule;
        }
    }

    /**
     * The group rules; the subnets whose outbound rules reach outside the network (they need
     * egress); the rules whose group side matches no subnet of the network (nothing to filter).
     */
    record Mapping(List<GroupRule> rules, Set<String> needEgress, List<String> unmatched) {
    }

    private FirewallRules() {}

    static Mapping map(FirewallSpec spec, Cidr addressSpace, Map<String, Cidr> subnets) {
        List<GroupRule> out = new ArrayList<>();
        Set<String> egress = new LinkedHashSet<>();
        List<String> unmatched = new ArrayList<>();
        for (FirewallRule rule : spec.rules()) {
            boolean inbound = rule.direction() == Direction.INBOUND;
            Endpoint groupSide = inbound ? rule.destination() : rule.source();
            Endpoint peerSide = inbound ? rule.source() : rule.destination();
            Cidr peer = cidr(peerSide, subnets);
            List<String> targets = targets(groupSide, subnets);
            if (targets.isEmpty()) {
                unmatched.add(rule.name());
            }
            for (String subnet : targets) {
                out.add(new GroupRule(rule.name(), subnet, inbound ? "Inbound" : "Outbound", protocol(rule.protocol()),
                        from(rule), to(rule), peer));
                if (!inbound && !addressSpace.contains(peer)) {
                    egress.add(subnet);
                }
            }
        }
        return new Mapping(out, egress, unmatched);
    }

    private static List<String> targets(Endpoint side, Map<String, Cidr> subnets) {
        if (side.subnet() != null) {
            return List.of(side.subnet().subnet());
        }
        Cidr range = side.isAny() ? Cidr.ANY : side.cidr();
        return subnets.entrySet().stream().filter(e -> range.overlaps(e.getValue())).map(Map.Entry::getKey).toList();
    }

    private static Cidr cidr(Endpoint side, Map<String, Cidr> subnets) {
        if (side.subnet() != null) {
            return subnets.get(side.subnet().subnet());
        }
        return side.isAny() ? Cidr.ANY : side.cidr();
    }

    private static String protocol(Protocol protocol) {
        return protocol == Protocol.ANY ? "-1" : protocol.wire();
    }

    /** TCP/UDP: the port range. ICMP: -1 (every type). Any protocol: no ports. */
    private static Integer from(FirewallRule rule) {
        return switch (rule.protocol()) {
            case TCP, UDP -> rule.ports().from();
            case ICMP -> -1;
            case ANY -> null;
        };
    }

    private static Integer to(FirewallRule rule) {
        return switch (rule.protocol()) {
            case TCP, UDP -> rule.ports().to();
            case ICMP -> -1;
            case ANY -> null;
        };
    }
}
