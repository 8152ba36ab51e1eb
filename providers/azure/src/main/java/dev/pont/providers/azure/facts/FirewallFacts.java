package dev.pont.providers.azure.facts;

import static dev.pont.core.facts.Rules.props;

import dev.pont.core.facts.Property;
import dev.pont.core.facts.Rules;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Network security groups and their rules as the firewall.
 *
 * <p>Deny by default: Azure's own default rules allow all traffic inside the virtual network and from
 * the load balancer, so an NSG denies by default only when it holds an explicit deny-all inbound rule
 * (any protocol, any source, any destination, any port). An allow rule evaluated after such a rule
 * (a higher priority number) never matches: it is not stated as allowed. A group's rules are its
 * inline {@code securityRules} plus the {@code SecurityRule} resources that name it.
 *
 * <p>Not checked: whether the NSG is attached to a subnet or NIC (an NSG attached to nothing filters
 * nothing), and partial denies that shadow part of an allow rule.
 */
final class FirewallFacts {
    static final String NSG = "azure-native:network:NetworkSecurityGroup";
    static final String RULE = "azure-native:network:SecurityRule";
    private static final String ROLE = ResourceKind.FIREWALL.role();

    private FirewallFacts() {}

    /** One NSG rule in Azure's terms. */
    record NsgRule(String access, String direction, Integer priority, String protocol, List<String> sources,
                   List<String> destinations, List<String> ports) {

        static NsgRule of(Object inputs) {
            List<String> sources = Stream.concat(Stream.concat(Inputs.strings(inputs, "sourceAddressPrefix").stream(),
                    Inputs.strings(inputs, "sourceAddressPrefixes").stream()), groups(inputs, "sourceApplicationSecurityGroups")).toList();
            List<String> destinations = Stream.concat(Stream.concat(Inputs.strings(inputs, "destinationAddressPrefix").stream(),
                    Inputs.strings(inputs, "destinationAddressPrefixes").stream()), groups(inputs, "destinationApplicationSecurityGroups")).toList();
            List<String> ports = Stream.concat(Inputs.strings(inputs, "destinationPortRange").stream(),
                    Inputs.strings(inputs, "destinationPortRanges").stream()).toList();
            return new NsgRule(Inputs.str(inputs, "access"), Inputs.str(inputs, "direction"), Inputs.integer(inputs, "priority"),
                    Inputs.str(inputs, "protocol"), sources, destinations, ports);
        }

        boolean allows() {
            return Inputs.is(access, "Allow");
        }

        boolean inbound() {
            return Inputs.is(direction, "Inbound");
        }

        /** Denies every packet in its direction: any protocol, from anywhere, to anywhere, on any port. */
        boolean deniesAll() {
            return Inputs.is(access, "Deny") && "*".equals(protocol) && everything(sources) && everything(destinations)
                    && (ports.isEmpty() || ports.stream().allMatch(p -> p.equals("*") || p.equals("0-65535")));
        }

        private static boolean everything(List<String> prefixes) {
            return prefixes.isEmpty() || prefixes.stream().anyMatch(p -> p.equals("*") || p.equals("0.0.0.0/0"));
        }

        private static Stream<String> groups(Object inputs, String path) {
            return Inputs.maps(inputs, path).stream().map(g -> Inputs.str(g, "id")).filter(Objects::nonNull)
                    .map(id -> "asg:" + AzureIds.name(id));
        }

        /**
         * The rule as neutral signatures ({@code inbound tcp 5432 from 10.20.2.0/23}), one per remote
         * prefix and port range: the remote side is the source of an inbound rule, the destination of an
         * outbound one; {@code *}, {@code Internet} and {@code 0.0.0.0/0} read {@code any}.
         */
        List<String> signatures() {
            String dir = inbound() ? "inbound" : "outbound";
            String proto = protocol == null || protocol.equals("*") ? "any" : protocol.toLowerCase(Locale.ROOT);
            List<String> remotes = inbound() ? sources : destinations;
            List<String> out = new ArrayList<>();
            for (String remote : remotes.isEmpty() ? List.of("*") : remotes) {
                for (String port : ports.isEmpty() ? List.of("*") : ports) {
                    out.add(dir + " " + proto + " " + port(port) + (inbound() ? " from " : " to ") + peer(remote));
                }
            }
            return out;
        }

        private static String port(String range) {
            String r = range.trim();
            if (r.equals("*") || r.equals("0-65535")) {
                return "*";
            }
            String[] ends = r.split("-");
            return ends.length == 2 && ends[0].equals(ends[1]) ? ends[0] : r;
        }

        private static String peer(String prefix) {
            return prefix.equals("*") || prefix.equalsIgnoreCase("Internet") || prefix.equals("0.0.0.0/0") ? "any" : Values.cidr(prefix);
        }
    }

    static void register(Rules rules) {
        rules.onInPlan(NSG, ROLE, FirewallFacts::securityGroup)
                .onInPlan(RULE, ROLE, FirewallFacts::securityRule);
    }

    static Rules.Props securityGroup(PlannedResource r, Plan plan) {
        List<NsgRule> all = rulesOf(plan, Inputs.str(r, "networkSecurityGroupName"), Inputs.str(r, "resourceGroupName"), r);
        List<String> allowed = Inputs.maps(r, "securityRules").stream().map(NsgRule::of)
                .filter(rule -> rule.allows() && !shadowed(rule, all)).flatMap(rule -> rule.signatures().stream()).sorted().distinct().toList();
        return props()
                .put(Property.DENY_BY_DEFAULT, deniesByDefault(all))
                .put(Property.ALLOW_RULES, allowed)
                .put(Property.LOCATION, Inputs.location(r));
    }

    static Rules.Props securityRule(PlannedResource r, Plan plan) {
        NsgRule rule = NsgRule.of(r);
        String group = Inputs.str(r, "networkSecurityGroupName");
        PlannedResource nsg = Neighbours.named(plan, NSG, "networkSecurityGroupName", group, Inputs.str(r, "resourceGroupName")).orElse(null);
        List<NsgRule> all = rulesOf(plan, group, Inputs.str(r, "resourceGroupName"), nsg);
        Rules.Props p = props();
        if (rule.allows() && !shadowed(rule, all)) {
            p.put(Property.ALLOW_RULES, rule.signatures().stream().sorted().distinct().toList());
        }
        // Read alone, an allow rule cannot know what else its group holds; a deny-all rule can.
        if (nsg != null || all.size() > 1 || rule.deniesAll()) {
            p.put(Property.DENY_BY_DEFAULT, deniesByDefault(all));
        }
        return p.put(Property.LOCATION, nsg == null ? null : Inputs.location(nsg));
    }

    /** Every rule of one NSG: inline rules of the group resource plus the rule resources naming the group. */
    private static List<NsgRule> rulesOf(Plan plan, String group, String resourceGroup, PlannedResource nsg) {
        List<NsgRule> all = new ArrayList<>();
        if (nsg != null) {
            Inputs.maps(nsg, "securityRules").stream().map(NsgRule::of).forEach(all::add);
        }
        Neighbours.withInput(plan, RULE, "networkSecurityGroupName", group).stream()
                .filter(rule -> resourceGroup == null || Inputs.str(rule, "resourceGroupName") == null
                        || Inputs.is(Inputs.str(rule, "resourceGroupName"), resourceGroup))
                .map(NsgRule::of).forEach(all::add);
        return all;
    }

    static boolean deniesByDefault(List<NsgRule> rules) {
        return rules.stream().anyMatch(rule -> rule.inbound() && rule.deniesAll());
    }

    /** An allow rule behind a deny-all of its direction (a lower priority number wins) never matches. */
    static boolean shadowed(NsgRule allow, List<NsgRule> rules) {
        return rules.stream().anyMatch(other -> other.deniesAll() && Inputs.is(other.direction(), allow.direction())
                && other.priority() != null && allow.priority() != null && other.priority() < allow.priority());
    }
}
