package dev.pont.providers.s3ns.facts;

import static dev.pont.core.facts.Rules.props;

import dev.pont.core.facts.Property;
import dev.pont.core.facts.Rules;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * VPC firewall rules as the firewall (cloud.google.com/firewall/docs/firewalls).
 *
 * <p>Evaluation: rules of a VPC network apply by priority (0 first, 65535 last); at equal priority a
 * deny wins over an allow. Every network has two implied rules at priority 65535 that no resource
 * shows: deny all ingress and allow all egress. So ingress is denied by default in any case, and a
 * network denies by default only when the plan also holds, on that network, an egress rule that
 * denies every protocol to {@code 0.0.0.0/0} for every instance (no target tags or service accounts)
 * and is not disabled. An allow rule behind such a deny-all of its direction (priority number greater
 * or equal) never matches and is not stated.
 *
 * <p>Signatures ({@code inbound tcp 5432 from 10.20.2.0/23}): the remote side is the source of an
 * ingress rule ({@code sourceRanges}; an ingress rule with no source at all reads {@code 0.0.0.0/0},
 * as gcloud documents; source tags and service accounts read {@code tag:x}, {@code sa:x}) and the
 * destination of an egress rule ({@code destinationRanges}, {@code 0.0.0.0/0} when unset). Protocol
 * {@code all} reads {@code any}; no ports read {@code *}. Rules that only some instances receive
 * (target tags) are stated as if they applied to all: targets are not compared.
 */
final class FirewallFacts {
    static final String FIREWALL = "gcp:compute/firewall:Firewall";
    private static final String ROLE = ResourceKind.FIREWALL.role();

    private FirewallFacts() {}

    /** One VPC firewall rule in Google's terms. */
    record GcpRule(boolean ingress, boolean allow, int priority, boolean disabled, List<Map<String, Object>> protocols,
                   List<String> remotes, boolean targeted, String network) {

        static GcpRule of(PlannedResource r) {
            boolean ingress = !"EGRESS".equalsIgnoreCase(Gcp.str(r, "direction"));
            List<Map<String, Object>> allows = Gcp.maps(r, "allows");
            List<Map<String, Object>> denies = Gcp.maps(r, "denies");
            List<String> remotes = new ArrayList<>();
            if (ingress) {
                remotes.addAll(Gcp.strings(r, "sourceRanges"));
                Gcp.strings(r, "sourceTags").forEach(t -> remotes.add("tag:" + t));
                Gcp.strings(r, "sourceServiceAccounts").forEach(s -> remotes.add("sa:" + s));
            } else {
                remotes.addAll(Gcp.strings(r, "destinationRanges"));
            }
            if (remotes.isEmpty()) {
                remotes.add("0.0.0.0/0");
            }
            boolean targeted = !Gcp.strings(r, "targetTags").isEmpty() || !Gcp.strings(r, "targetServiceAccounts").isEmpty();
            Integer priority = Gcp.integer(r, "priority");
            return new GcpRule(ingress, !allows.isEmpty(), priority == null ? 1000 : priority,
                    Boolean.TRUE.equals(Gcp.bool(r, "disabled")), allows.isEmpty() ? denies : allows, remotes, targeted,
                    Gcp.str(r, "network"));
        }

        /** Denies every packet of its direction for every instance. */
        boolean deniesAll() {
            return !allow && !disabled && !targeted && remotes.contains("0.0.0.0/0")
                    && protocols.stream().anyMatch(p -> "all".equalsIgnoreCase(Gcp.str(p, "protocol")) && Gcp.strings(p, "ports").isEmpty());
        }

        List<String> signatures() {
            List<String> out = new ArrayList<>();
            String dir = ingress ? "inbound" : "outbound";
            for (Map<String, Object> proto : protocols) {
                String protocol = Gcp.str(proto, "protocol");
                String name = protocol == null || protocol.equalsIgnoreCase("all") ? "any" : protocol.toLowerCase(Locale.ROOT);
                List<String> ports = Gcp.strings(proto, "ports");
                for (String remote : remotes) {
                    for (String port : ports.isEmpty() ? List.of("*") : ports) {
                        out.add(dir + " " + name + " " + port(port) + (ingress ? " from " : " to ") + peer(remote));
                    }
                }
            }
            return out;
        }

        private static String port(String port) {
            String p = port.trim();
            if (p.equals("0-65535") || p.equals("1-65535")) {
                return "*";
            }
            String[] ends = p.split("-");
            return ends.length == 2 && ends[0].equals(ends[1]) ? ends[0] : p;
        }

        private static String peer(String remote) {
            return remote.equals("0.0.0.0/0") ? "any" : remote;
        }
    }

    static void register(Rules rules) {
        rules.onInPlan(FIREWALL, ROLE, FirewallFacts::firewall)
                .on("gcp:compute/firewallPolicy:FirewallPolicy", ROLE, r -> props())
                .on("gcp:compute/networkFirewallPolicy:NetworkFirewallPolicy", ROLE, r -> props())
                .on("gcp:compute/networkFirewallPolicyRule:NetworkFirewallPolicyRule", ROLE, r -> props())
                .on("gcp:compute/networkFirewallPolicyAssociation:NetworkFirewallPolicyAssociation", ROLE, r -> props());
    }

    /**
     * One rule: its allow signatures unless shadowed, and whether its network denies by default,
     * judged on every firewall rule of that network in the plan (read alone, a rule knows only itself:
     * only a deny-all egress rule can then say its network denies by default).
     */
    static Rules.Props firewall(PlannedResource r, Plan plan) {
        GcpRule rule = GcpRule.of(r);
        List<GcpRule> network = Gcp.ofType(plan, FIREWALL).stream().map(GcpRule::of)
                .filter(other -> rule.network() == null || Gcp.same(other.network(), rule.network())).toList();
        Rules.Props p = props();
        if (rule.allow() && !rule.disabled() && !shadowed(rule, network)) {
            p.put(Property.ALLOW_RULES, rule.signatures().stream().sorted().distinct().toList());
        }
        if (network.size() > 1 || rule.deniesAll()) {
            p.put(Property.DENY_BY_DEFAULT, network.stream().anyMatch(other -> !other.ingress() && other.deniesAll()));
        }
        return p;
    }

    static boolean shadowed(GcpRule allow, List<GcpRule> rules) {
        return rules.stream().anyMatch(other -> other.deniesAll() && other.ingress() == allow.ingress() && other.priority() <= allow.priority());
    }
}
