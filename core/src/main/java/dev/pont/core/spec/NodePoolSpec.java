package dev.pont.core.spec;

/** A Kubernetes node pool that autoscales between {@code minNodes} and {@code maxNodes}. */
public record NodePoolSpec(String name, Size size, int minNodes, int maxNodes) {
    public NodePoolSpec {
        if (name == null || !name.matches("[a-z][a-z0-9]{0,11}")) {
            throw new SpecException("node pool name '" + name + "' is invalid: use 1-12 lower-case letters and digits, starting with a letter (AKS's limit)");
        }
        Checks.notNull("node pool '" + name + "' size", size);
        Checks.range("node pool '" + name + "' minNodes", minNodes, 0, 1000);
        Checks.range("node pool '" + name + "' maxNodes", maxNodes, 1, 1000);
        if (minNodes > maxNodes) {
            throw new SpecException("node pool '" + name + "': minNodes " + minNodes + " is above maxNodes " + maxNodes);
        }
    }

    public static NodePoolSpec of(String name, Size size, int minNodes, int maxNodes) {
        return new NodePoolSpec(name, size, minNodes, maxNodes);
    }
}
