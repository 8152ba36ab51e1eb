package dev.pont.core.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Firewall rules for one network, deny by default: only the listed flows are allowed, in order
 * (earlier rules get higher priority).
 */
public record FirewallSpec(String network, List<FirewallRule> rules, Labels labels) implements Spec {

    public FirewallSpec {
        Checks.name("firewall network", network);
        rules = Checks.list(rules);
        if (rules.size() > 200) {
            throw new SpecException("firewall has " + rules.size() + " rules; at most 200 are portable (Outscale's limit per group is lower): split it");
        }
        var names = new HashSet<String>();
        for (FirewallRule r : rules) {
            if (!names.add(r.name())) {
                throw new SpecException("firewall rule name '" + r.name() + "' is used twice: rule names must be unique");
            }
            for (Refs.Ref ref : r.references()) {
                if (!ref.resource().equals(network)) {
                    throw new SpecException("firewall rule '" + r.name() + "' refers to subnet " + ref
                            + " outside its network '" + network + "': use a CIDR instead");
                }
            }
        }
        labels = labels == null ? Labels.NONE : labels;
    }

    public static FirewallSpec forNetwork(String network, FirewallRule... rules) {
        return new FirewallSpec(network, List.of(rules), Labels.NONE);
    }

    public FirewallSpec labels(Labels labels) {
        return new FirewallSpec(network, rules, labels);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.FIREWALL;
    }

    @Override
    public List<Refs.Ref> references() {
        List<Refs.Ref> refs = new ArrayList<>();
        refs.add(new Refs.ResourceRef(network, ResourceKind.NETWORK));
        rules.forEach(r -> refs.addAll(r.references()));
        return refs;
    }
}
