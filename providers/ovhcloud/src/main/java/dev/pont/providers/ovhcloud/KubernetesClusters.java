package dev.pont.providers.ovhcloud;

import dev.pont.core.adapter.Realised;
import dev.pont.core.facts.Property;
import dev.pont.core.adapter.Scope;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.KubernetesClusterSpec;
import dev.pont.core.spec.NodePoolSpec;
import dev.pont.providers.ovhcloud.Regions.Service;
import dev.pont.providers.ovhcloud.bindings.ovh.Gateway;
import dev.pont.providers.ovhcloud.bindings.ovh.Kube;
import dev.pont.providers.ovhcloud.bindings.ovh.KubeArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.KubeIpRestrictions;
import dev.pont.providers.ovhcloud.bindings.ovh.KubeIpRestrictionsArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.KubeNodePool;
import dev.pont.providers.ovhcloud.bindings.ovh.KubeNodePoolArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.KubeNodePoolTemplateArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.KubeNodePoolTemplateMetadataArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.KubeNodePoolTemplateSpecArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.KubePrivateNetworkConfigurationArgs;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Managed Kubernetes (MKS): a cluster attached to the spec's subnet, routing through the subnet's
 * gateway, its API allow-listed, one node pool per neutral pool (one per zone in a 3-AZ region,
 * as an MKS pool spans a single zone).
 */
final class KubernetesClusters {
    private final OvhRun run;

    KubernetesClusters(OvhRun run) {
        this.run = run;
    }

    Realised kubernetesCluster(Scope scope, KubernetesClusterSpec spec) {
        var network = scope.lookup(spec.subnet().network(), Handles.Network.class);
        var subnet = network.subnet(spec.subnet().subnet());
        boolean multiZone = run.session().placement().zoneRedundant() && !run.zones().isEmpty();
        // Nodes route through the subnet's gateway rather than their public interface.
        Gateway gateway = run.gateway(scope, network, subnet.name());
        var kube = new Kube(scope.child(""), KubeArgs.builder()
                .serviceName(run.projectId())
                .name(run.cloudName(scope))
                .region(run.region(scope, Service.OPENSTACK))
                .version(OvhcloudAdapter.CATALOG.kubernetesVersion(scope, spec.version()))
                .plan(OvhcloudAdapter.SETTINGS.kubePlans().get(multiZone ? "multiZone" : "singleZone"))
                .privateNetworkId(network.openstackId())
                .nodesSubnetId(subnet.subnet().id())
                .privateNetworkConfiguration(KubePrivateNetworkConfigurationArgs.builder()
                        .defaultVrackGateway("")
                        .privateNetworkRoutingAsDefault(true)
                        .build())
                .build(), scope.options(run.ovh(), gateway));

        List<Cidr> allowed = spec.adminCidrs().isEmpty() ? List.of(subnet.cidr()) : spec.adminCidrs();
        new KubeIpRestrictions(scope.child("api-allow-list"), KubeIpRestrictionsArgs.builder()
                .serviceName(run.projectId())
                .kubeId(kube.id())
                .ips(allowed.stream().map(Cidr::toString).toList())
                .build(), scope.options(run.ovh()));
        if (spec.privateApi()) {
            scope.degraded("no private API endpoint: the MKS API server is public; Pont restricts it to " + allowed
                    + (spec.adminCidrs().isEmpty() ? " (the cluster subnet, as no adminCidrs were given)" : " (adminCidrs)")
                    + ". Private ranges only match traffic that reaches the API from them, not traffic leaving through a gateway's public IP",
                    Property.PRIVATE_API, Property.ADMIN_CIDRS);
        }
        for (int i = 0; i < spec.nodePools().size(); i++) {
            nodePools(scope, kube, spec.nodePools().get(i), i == 0, multiZone);
        }
        scope.degraded("firewall rules do not filter the cluster's nodes: their ports are created by the MKS service, "
                + "not by Pont, so the subnet's security group is not attached to them", Property.DENY_BY_DEFAULT);
        return new Realised(kube.id(), kube.url(), new Handles.KubernetesCluster(kube));
    }

    private void nodePools(Scope scope, Kube kube, NodePoolSpec pool, boolean system, boolean multiZone) {
        String flavor = OvhcloudAdapter.CATALOG.size(scope, pool.size());
        List<String> zones = multiZone ? run.zones() : Collections.singletonList(null);
        int min = OvhRun.ceilDiv(pool.minNodes(), zones.size());
        int max = Math.max(1, OvhRun.ceilDiv(pool.maxNodes(), zones.size()));
        if (multiZone) {
            scope.choice("node-pool-zones", pool.name() + ": " + pool.minNodes() + "-" + pool.maxNodes() + " nodes",
                    zones.size() + " pools of " + min + "-" + max + " nodes (" + String.join(", ", zones) + ")",
                    OvhcloudAdapter.REGIONS.location(run.location()).zonesVerified(), "an MKS node pool spans one zone; totals are rounded up");
            scope.degraded("node pool '" + pool.name() + "' (" + pool.minNodes() + "-" + pool.maxNodes() + " nodes) is realised as " + zones.size()
                    + " pools of " + min + "-" + max + " nodes, one per zone, as an MKS pool spans a single zone: " + (min * zones.size()) + "-"
                    + (max * zones.size()) + " nodes in all", Property.NODE_POOLS);
        }
        Map<String, String> labels = new TreeMap<>(scope.labels().asMap());
        labels.put("pont-node-pool", pool.name());
        if (system) {
            labels.put("pont-system-pool", "true");
        }
        for (String zone : zones) {
            String name = zone == null ? pool.name() : pool.name() + "-" + zone.substring(zone.length() - 1);
            var args = KubeNodePoolArgs.builder()
                    .serviceName(run.projectId())
                    .kubeId(kube.id())
                    .name(name)
                    .flavorName(flavor)
                    .autoscale(pool.minNodes() != pool.maxNodes())
                    .minNodes(min)
                    .maxNodes(max)
                    .desiredNodes(Math.max(min, system ? 1 : 0))
                    .monthlyBilled(false)
                    .template(KubeNodePoolTemplateArgs.builder()
                            .metadata(KubeNodePoolTemplateMetadataArgs.builder()
                                    .annotations(Map.of())
                                    .finalizers(List.of())
                                    .labels(labels)
                                    .build())
                            .spec(KubeNodePoolTemplateSpecArgs.builder()
                                    .taints(List.of())
                                    .unschedulable(false)
                                    .build())
                            .build());
            if (zone != null) {
                args.availabilityZones(zone);
            }
            new KubeNodePool(scope.child(name), args.build(), scope.options(run.ovh()));
        }
    }
}
