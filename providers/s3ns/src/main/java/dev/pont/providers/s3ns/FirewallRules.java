package dev.pont.providers.s3ns;

import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.FirewallRule;
import dev.pont.core.spec.FirewallRule.Direction;
import dev.pont.core.spec.FirewallRule.Endpoint;
import dev.pont.core.spec.FirewallSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Neutral allow rules as VPC firewall rules. The network denies everything both ways (see
 * {@link Networks}), and VPC firewall rules filter each VM's own traffic, so a flow between two
 * places inside the network must be allowed out of its source and into its destination: a rule
 * whose far end is inside the network gets the mirror rule in the other direction. Rules address
 * both ends by IP range (source and destination ranges on ingress and egress rules), since a
 * rule cannot select VMs by subnet. Priorities follow rule order: 1000, 1001, ...
 */
final class FirewallRules {
    static final int FIRST_PRIORITY = 1000;
    static final String ANYWHERE = "0.0.0.0/0";

    /** One VPC firewall rule to register: {@code suffix} names it after the neutral rule and its direction. */
    record GcpRule(String rule, String suffix, String direction, String protocol, List<String> ports,
                   List<String> sourceRanges, List<String> destinationRanges, int priority) {
    }

    /** The rules, or the neutral rules that select nothing in the network (an input error). */
    record Mapping(List<GcpRule> rules, List<String> outside) {
    }

    private FirewallRules() {}

    static Mapping map(FirewallSpec spec, Cidr addressSpace, Map<String, Cidr> subnets) {
        List<GcpRule> out = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (int i = 0; i < spec.rules().size(); i++) {
            FirewallRule r = spec.rules().get(i);
            int priority = FIRST_PRIORITY + i;
            Cidr source = cidr(r.source(), subnets);
            Cidr destination = cidr(r.destination(), subnets);
            String protocol = protocol(r.protocol());
            List<String> ports = r.ports().equals(FirewallRule.PortRange.NONE) ? List.of() : List.of(r.ports().toString());
            boolean sourceInside = inside(r.source(), source, addressSpace);
            boolean destinationInside = inside(r.destination(), destination, addressSpace);
            if (r.direction() == Direction.INBOUND) {
                if (!destinationInside && destination != null) {
                    outside.add(r.name());
                    continue;
                }
                out.add(new GcpRule(r.name(), "in", "INGRESS", protocol, ports, List.of(range(source, ANYWHERE)),
                        ranges(destination), priority));
                if (sourceInside) {
                    out.add(new GcpRule(r.name(), "in-egress", "EGRESS", protocol, ports, ranges(source),
                            List.of(range(destination, addressSpace.toString())), priority));
                }
            } else {
                if (!sourceInside && source != null) {
                    outside.add(r.name());
                    continue;
                }
                out.add(new GcpRule(r.name(), "out", "EGRESS", protocol, ports, ranges(source),
                        List.of(range(destination, ANYWHERE)), priority));
                if (destinationInside) {
                    out.add(new GcpRule(r.name(), "out-ingress", "INGRESS", protocol, ports,
                            List.of(range(source, addressSpace.toString())), ranges(destination), priority));
                }
            }
        }
        return new Mapping(out, outside);
    }

    /** The end's CIDR, or null for "any". */
    private static Cidr cidr(Endpoint end, Map<String, Cidr> subnets) {
        if (end.isAny()) {
            return null;
        }
        return end.cidr() != null ? end.cidr() : subnets.get(end.subnet().subnet());
    }

    /**
     * Whether this end names VMs of the network: a subnet or a CIDR meeting the address space. "Any"
     * does not: an outbound rule to anywhere opens egress, not every VM's ingress, and an inbound rule
     * from anywhere needs no egress from the network.
     */
    private static boolean inside(Endpoint end, Cidr cidr, Cidr addressSpace) {
        return end.subnet() != null || (cidr != null && !end.isAny() && cidr.overlaps(addressSpace));
    }

    private static String range(Cidr cidr, String whenAny) {
        return cidr == null ? whenAny : cidr.toString();
    }

    /** A filter on one end: omitted for "any" (the rule then applies to every VM of the network). */
    private static List<String> ranges(Cidr cidr) {
        return cidr == null ? List.of() : List.of(cidr.toString());
    }

    static String protocol(FirewallRule.Protocol protocol) {
        return switch (protocol) {
            case TCP -> "tcp";
            case UDP -> "udp";
            case ICMP -> "icmp";
            case ANY -> "all";
        };
    }
}
