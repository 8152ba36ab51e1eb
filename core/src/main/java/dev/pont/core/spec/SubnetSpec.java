package dev.pont.core.spec;

/** A subnet of a network. */
public record SubnetSpec(String name, Cidr cidr) {
    public SubnetSpec {
        Checks.name("subnet name", name);
        Checks.notNull("subnet '" + name + "' cidr", cidr);
    }

    public static SubnetSpec of(String name, String cidr) {
        return new SubnetSpec(name, Cidr.parse(cidr));
    }
}
