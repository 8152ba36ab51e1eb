package dev.pont.providers.ovhcloud;

import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.FirewallRule;
import dev.pont.core.spec.FirewallRule.Direction;
import dev.pont.core.spec.FirewallRule.Endpoint;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.SubnetSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns neutral firewall rules into OpenStack security group rules. Each subnet of a network has
 * its own security group (created with the network, deny by default in both directions), so a rule
 * is filtered where its direction says: an inbound rule opens ingress on the destination subnets'
 * groups, an outbound rule opens egress on the source subnets' groups. When the other end of the
 * flow is also named explicitly inside the network (a subnet or a CIDR overlapping one), that side
 * is opened too, because deny-by-default egress (or ingress) would otherwise drop the flow that the
 * rule allows. "Any" never opens the other side.
 */
final class SecurityGroupRules {

    /** One security group rule: on {@code subnet}'s group, ingress or egress, to or from {@code remote}. */
    record Rule(String rule, String subnet, boolean ingress, String protocol, int portFrom, int portTo, Cidr remote) {
        /** The Pulumi resource name suffix, unique per firewall. */
        String suffix() {
            return rule + "-" + subnet + (ingress ? "-in" : "-out");
        }
    }

    /** The rules, what could not be expressed exactly, and the subnets whose egress leaves the network. */
    record Result(List<Rule> rules, List<String> losses, Set<String> egressOutside) {
    }

    private SecurityGroupRules() {}

    static Result of(String networkName, NetworkSpec network, List<FirewallRule> rules) {
        List<Rule> out = new ArrayList<>();
        List<String> losses = new ArrayList<>();
        Set<String> egressOutside = new LinkedHashSet<>();
        for (FirewallRule r : rules) {
            int before = out.size();
            boolean inbound = r.direction() == Direction.INBOUND;
            for (SubnetSpec s : network.subnets()) {
                boolean destinationSide = covers(r.destination(), s) && (inbound || explicitInside(r.destination(), network));
                boolean sourceSide = covers(r.source(), s) && (!inbound || explicitInside(r.source(), network));
                if (destinationSide) {
                    out.add(rule(r, s, true, cidr(r.source(), network)));
                    broadened(r, r.destination(), s, "destination", losses);
                }
                if (sourceSide) {
                    out.add(rule(r, s, false, cidr(r.destination(), network)));
                    broadened(r, r.source(), s, "source", losses);
                    if (!network.addressSpace().contains(cidr(r.destination(), network))) {
                        egressOutside.add(s.name());
                    }
                }
            }
            if (out.size() == before) {
                losses.add("firewall rule '" + r.name() + "' (" + r.source() + " -> " + r.destination()
                        + ") touches no subnet of network '" + networkName + "': security groups filter the network's own instances, so it is not realised");
            }
        }
        return new Result(List.copyOf(out), List.copyOf(losses), Set.copyOf(egressOutside));
    }

    private static Rule rule(FirewallRule r, SubnetSpec s, boolean ingress, Cidr remote) {
        String protocol = switch (r.protocol()) {
            case TCP -> "tcp";
            case UDP -> "udp";
            case ICMP -> "icmp";
            case ANY -> null;
        };
        return new Rule(r.name(), s.name(), ingress, protocol, r.ports().from(), r.ports().to(), remote);
    }

    /** Whether the endpoint includes at least part of the subnet. */
    private static boolean covers(Endpoint e, SubnetSpec s) {
        if (e.isAny()) {
            return true;
        }
        if (e.subnet() != null) {
            return e.subnet().subnet().equals(s.name());
        }
        return e.cidr().overlaps(s.cidr());
    }

    /** A subnet of this network, or a CIDR overlapping the network (not "any"). */
    private static boolean explicitInside(Endpoint e, NetworkSpec network) {
        return !e.isAny() && (e.subnet() != null || e.cidr().overlaps(network.addressSpace()));
    }

    private static Cidr cidr(Endpoint e, NetworkSpec network) {
        if (e.isAny()) {
            return Cidr.ANY;
        }
        if (e.subnet() != null) {
            return network.subnet(e.subnet().subnet()).orElseThrow().cidr();
        }
        return e.cidr();
    }

    /** A CIDR narrower than the subnet still opens the whole subnet's group: say so. */
    private static void broadened(FirewallRule r, Endpoint e, SubnetSpec s, String side, List<String> losses) {
        if (e.cidr() != null && !e.isAny() && !e.cidr().contains(s.cidr())) {
            losses.add("firewall rule '" + r.name() + "': " + side + " " + e.cidr() + " covers only part of subnet '" + s.name()
                    + "' " + s.cidr() + "; security groups attach to whole subnets here, so the rule applies to every instance of '" + s.name() + "'");
        }
    }
}
