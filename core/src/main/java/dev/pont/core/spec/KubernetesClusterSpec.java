package dev.pont.core.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A managed Kubernetes cluster. Secure by default: private API endpoint; if the API must be
 * public, only {@code adminCidrs} may reach it. The first node pool is the system pool.
 */
public record KubernetesClusterSpec(String version, Refs.SubnetRef subnet, boolean privateApi, List<Cidr> adminCidrs,
                                    List<NodePoolSpec> nodePools, Labels labels) implements Spec {

    public KubernetesClusterSpec {
        if (version == null || !version.matches("1\\.[0-9]{2}")) {
            throw new SpecException("Kubernetes version '" + version + "' must be a minor version such as 1.30");
        }
        Checks.notNull("Kubernetes subnet", subnet);
        adminCidrs = Checks.list(adminCidrs).stream().sorted().toList();
        if (!privateApi && adminCidrs.isEmpty()) {
            throw new SpecException("Kubernetes API is public but adminCidrs is empty: list the admin CIDRs allowed to reach it, or keep the API private");
        }
        if (adminCidrs.stream().anyMatch(Cidr::isAny)) {
            throw new SpecException("Kubernetes adminCidrs cannot contain 0.0.0.0/0: list your administrators' ranges");
        }
        nodePools = Checks.list(nodePools);
        if (nodePools.isEmpty()) {
            throw new SpecException("Kubernetes cluster has no node pool: add at least one (the first is the system pool)");
        }
        var names = new HashSet<String>();
        for (NodePoolSpec p : nodePools) {
            if (!names.add(p.name())) {
                throw new SpecException("node pool name '" + p.name() + "' is used twice");
            }
        }
        if (nodePools.get(0).minNodes() < 1) {
            throw new SpecException("system node pool '" + nodePools.get(0).name() + "' needs minNodes >= 1");
        }
        labels = labels == null ? Labels.NONE : labels;
    }

    public static KubernetesClusterSpec of(String version, Refs.SubnetRef subnet, NodePoolSpec... pools) {
        return new KubernetesClusterSpec(version, subnet, true, List.of(), List.of(pools), Labels.NONE);
    }

    public KubernetesClusterSpec adminCidrs(Cidr... cidrs) {
        return new KubernetesClusterSpec(version, subnet, privateApi, List.of(cidrs), nodePools, labels);
    }

    public KubernetesClusterSpec privateApi(boolean on) {
        return new KubernetesClusterSpec(version, subnet, on, adminCidrs, nodePools, labels);
    }

    public KubernetesClusterSpec labels(Labels labels) {
        return new KubernetesClusterSpec(version, subnet, privateApi, adminCidrs, nodePools, labels);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.KUBERNETES_CLUSTER;
    }

    @Override
    public List<Refs.Ref> references() {
        return new ArrayList<>(List.of(subnet));
    }
}
