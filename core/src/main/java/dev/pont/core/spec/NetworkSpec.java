package dev.pont.core.spec;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** A private network with non-overlapping subnets inside its address space. */
public record NetworkSpec(Cidr addressSpace, List<SubnetSpec> subnets, Labels labels) implements Spec {

    public NetworkSpec {
        Checks.notNull("network addressSpace", addressSpace);
        if (addressSpace.prefix() < 8 || addressSpace.prefix() > 28) {
            throw new SpecException("network addressSpace " + addressSpace + " must have a prefix between /8 and /28");
        }
        subnets = Checks.list(subnets);
        if (subnets.isEmpty()) {
            throw new SpecException("network " + addressSpace + " has no subnet: add at least one, e.g. SubnetSpec.of(\"data\", \"10.0.1.0/24\")");
        }
        var names = new HashSet<String>();
        for (int i = 0; i < subnets.size(); i++) {
            SubnetSpec s = subnets.get(i);
            if (!names.add(s.name())) {
                throw new SpecException("subnet name '" + s.name() + "' is used twice: subnet names must be unique in a network");
            }
            if (!addressSpace.contains(s.cidr())) {
                throw new SpecException("subnet '" + s.name() + "' " + s.cidr() + " is outside the network address space " + addressSpace);
            }
            if (s.cidr().prefix() > 29) {
                throw new SpecException("subnet '" + s.name() + "' " + s.cidr() + " is too small: use /29 or larger");
            }
            for (int j = 0; j < i; j++) {
                SubnetSpec o = subnets.get(j);
                if (o.cidr().overlaps(s.cidr())) {
                    throw new SpecException("subnets '" + o.name() + "' " + o.cidr() + " and '" + s.name() + "' " + s.cidr()
                            + " overlap: give each subnet its own range");
                }
            }
        }
        labels = labels == null ? Labels.NONE : labels;
    }

    public static NetworkSpec of(String addressSpace, SubnetSpec... subnets) {
        return new NetworkSpec(Cidr.parse(addressSpace), List.of(subnets), Labels.NONE);
    }

    public NetworkSpec labels(Labels labels) {
        return new NetworkSpec(addressSpace, subnets, labels);
    }

    public Optional<SubnetSpec> subnet(String name) {
        return subnets.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.NETWORK;
    }

    @Override
    public List<Refs.Ref> references() {
        return List.of();
    }
}
