package dev.pont.core.spec;

/** Names of other resources of the same stack that a spec refers to. */
public final class Refs {
    private Refs() {}

    /** A reference the platform resolves against earlier declarations. */
    public sealed interface Ref permits KeyRef, SubnetRef, ResourceRef {
        /** The declared resource this reference points into. */
        String resource();
    }

    /** A key inside a key vault: {@code vault/key}. */
    public record KeyRef(String vault, String key) implements Ref {
        public KeyRef {
            Checks.name("key vault reference", vault);
            Checks.name("key reference", key);
        }

        @Override
        public String resource() {
            return vault;
        }

        @Override
        public String toString() {
            return vault + "/" + key;
        }
    }

    /** A subnet of a network: {@code network/subnet}. */
    public record SubnetRef(String network, String subnet) implements Ref {
        public SubnetRef {
            Checks.name("network reference", network);
            Checks.name("subnet reference", subnet);
        }

        @Override
        public String resource() {
            return network;
        }

        @Override
        public String toString() {
            return network + "/" + subnet;
        }
    }

    /** Any declared resource by name, optionally required to be of one kind. */
    public record ResourceRef(String name, ResourceKind kind) implements Ref {
        public ResourceRef {
            Checks.name("resource reference", name);
        }

        @Override
        public String resource() {
            return name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static KeyRef key(String vault, String key) {
        return new KeyRef(vault, key);
    }

    public static SubnetRef subnet(String network, String subnet) {
        return new SubnetRef(network, subnet);
    }
}
