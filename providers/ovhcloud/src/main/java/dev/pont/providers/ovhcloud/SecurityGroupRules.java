package dev.pont.providers.ovhcloud;

import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.FirewallRule;
import dev.pont.core.spec.FirewallRule.Direction;
import dev.pont.core.spec.FirewallRule.Endpoint;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.SubnetSpec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns neutral firewall rules into OpenStack security group rules. Each subnet of a network has
 * its own security group (created with the network, deny by default in both directions), so a
 * rule is enforced where its direction says: an inbound rule opens ingress on the groups of the
 * destination subnets, an outbound rule egress on those of the source subnets. When the other end
 * of the flow is named inside the network (a subnet, or a CIDR overlapping subnets), those
 * subnets' groups get the mirror rule, or deny-by-default would drop the flow the rule allows;
 * "any" at the other end opens nothing there.
 */
final class SecurityGroupRules {
    private static final Map<FirewallRule.Protocol, String> PROTOCOLS = new EnumMap<>(Map.of(
            FirewallRule.Protocol.TCP, "tcp",
            FirewallRule.Protocol.UDP, "udp",
            FirewallRule.Protocol.ICMP, "icmp"));

    /** One rule on {@code subnet}'s group, ingress or egress, to or from {@code remote}; protocol null means any. */
    record Rule(String rule, String subnet, boolean ingress, String protocol, int portFrom, int portTo, Cidr remote) {
        /** The Pulumi resource name suffix, unique per firewall. */
        String suffix() {
            return rule + "-" + subnet + (ingress ? "-in" : "-out");
        }
    }

    /**
     * The rules, what security groups cannot express exactly, the subnets whose egress leaves the
     * network (they need a gateway), and rules that concern no subnet (user errors).
     */
    record Result(List<Rule> rules, List<String> losses, Set<String> egressOutside, List<String> errors) {
    }

    private SecurityGroupRules() {}

    static Result of(String networkName, NetworkSpec network, List<FirewallRule> rules) {
        List<Rule> out = new ArrayList<>();
        List<String> losses = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (FirewallRule r : rules) {
            boolean inbound = r.direction() == Direction.INBOUND;
            Endpoint near = inbound ? r.destination() : r.source();
            Endpoint far = inbound ? r.source() : r.destination();
            List<SubnetSpec> nearSubnets = subnets(network, near);
            if (nearSubnets.isEmpty()) {
                errors.add("firewall rule '" + r.name() + "' concerns no subnet of network '" + networkName + "': its "
                        + (inbound ? "destination " : "source ") + near + " is outside " + network.addressSpace()
                        + ": use a subnet of the network or a CIDR inside it");
                continue;
            }
            for (SubnetSpec s : nearSubnets) {
                out.add(rule(r, s, inbound, cidr(network, far)));
                broadened(r, near, s, losses);
            }
            for (SubnetSpec s : far.isAny() ? List.<SubnetSpec>of() : subnets(network, far)) {
                out.add(rule(r, s, !inbound, cidr(network, near)));
                broadened(r, far, s, losses);
            }
        }
        Set<String> egressOutside = new LinkedHashSet<>();
        out.stream().filter(rule -> !rule.ingress() && !network.addressSpace().contains(rule.remote()))
                .forEach(rule -> egressOutside.add(rule.subnet()));
        return new Result(List.copyOf(out), List.copyOf(losses), Set.copyOf(egressOutside), List.copyOf(errors));
    }

    private static Rule rule(FirewallRule r, SubnetSpec s, boolean ingress, Cidr remote) {
        return new Rule(r.name(), s.name(), ingress, PROTOCOLS.get(r.protocol()), r.ports().from(), r.ports().to(), remote);
    }

    /** The subnets an endpoint covers: its subnet, the subnets its CIDR overlaps, or all of them for "any". */
    private static List<SubnetSpec> subnets(NetworkSpec network, Endpoint e) {
        if (e.subnet() != null) {
            return List.of(network.subnet(e.subnet().subnet()).orElseThrow());
        }
        if (e.isAny()) {
            return network.subnets();
        }
        return network.subnets().stream().filter(s -> s.cidr().overlaps(e.cidr())).toList();
    }

    private static Cidr cidr(NetworkSpec network, Endpoint e) {
        if (e.isAny()) {
            return Cidr.ANY;
        }
        return e.subnet() != null ? network.subnet(e.subnet().subnet()).orElseThrow().cidr() : e.cidr();
    }

    /** A group attaches to every instance of a subnet: a CIDR covering part of it opens the rule to all of it. */
    private static void broadened(FirewallRule r, Endpoint e, SubnetSpec s, List<String> losses) {
        if (e.cidr() != null && !e.isAny() && !e.cidr().contains(s.cidr())) {
            losses.add("firewall rule '" + r.name() + "': " + e.cidr() + " covers only part of subnet '" + s.name() + "' " + s.cidr()
                    + "; security groups attach to whole subnets here, so the rule applies to every instance of '" + s.name() + "'");
        }
    }
}
