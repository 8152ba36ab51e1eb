package dev.pont.providers.ovhcloud;

import static dev.pont.providers.ovhcloud.Previews.ofType;
import static dev.pont.providers.ovhcloud.Previews.one;
import static dev.pont.providers.ovhcloud.Previews.preview;
import static dev.pont.providers.ovhcloud.Previews.reasons;
import static dev.pont.providers.ovhcloud.Previews.stack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.Jurisdiction;
import dev.pont.core.spec.KubernetesClusterSpec;
import dev.pont.core.spec.NodePoolSpec;
import dev.pont.core.spec.Placement;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.Size;
import dev.pont.providers.ovhcloud.bindings.ovh.Gateway;
import dev.pont.providers.ovhcloud.bindings.ovh.Kube;
import dev.pont.providers.ovhcloud.bindings.ovh.KubeIpRestrictions;
import dev.pont.providers.ovhcloud.bindings.ovh.KubeNodePool;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KubernetesTest {
    static final KubernetesClusterSpec CLUSTER = KubernetesClusterSpec.of("1.30", Refs.subnet("core", "compute"),
            NodePoolSpec.of("system", Size.of(4, 16), 2, 3),
            NodePoolSpec.of("batch", Size.of(8, 64), 0, 10));

    static Plan plan(Placement placement, KubernetesClusterSpec spec) {
        return preview(stack(placement, p -> {
            Previews.network(p);
            p.kubernetesCluster("analysis", spec);
        }));
    }

    @Test
    void theClusterIsAttachedToItsSubnetAndRoutesThroughAGateway() {
        Plan plan = plan(Placement.in(Jurisdiction.FR), CLUSTER.adminCidrs(Cidr.parse("192.0.2.0/24")).privateApi(false));
        PlannedResource kube = one(plan, Kube.TYPE, "analysis");
        assertThat(kube.inputs()).containsEntry("region", "GRA11").containsEntry("version", "1.30").containsEntry("plan", "free")
                .containsKeys("privateNetworkId", "nodesSubnetId")
                .containsEntry("privateNetworkConfiguration", Map.of("defaultVrackGateway", "", "privateNetworkRoutingAsDefault", true));
        PlannedResource gateway = one(plan, Gateway.TYPE, "analysis-core-compute-gateway");
        assertThat(kube.dependencies()).contains(gateway.urn());
        assertThat(one(plan, KubeIpRestrictions.TYPE, "analysis-api-allow-list").inputs()).containsEntry("ips", List.of("192.0.2.0/24"));

        PlannedResource system = one(plan, KubeNodePool.TYPE, "analysis-system");
        assertThat(system.inputs()).containsEntry("flavorName", "b3-16").containsEntry("minNodes", 2L).containsEntry("maxNodes", 3L)
                .containsEntry("desiredNodes", 2L).containsEntry("autoscale", true).doesNotContainKey("availabilityZones");
        assertThat(system.inputs().get("template")).asString().contains("pont-system-pool=true");
        assertThat(one(plan, KubeNodePool.TYPE, "analysis-batch").inputs()).containsEntry("flavorName", "r3-64").containsEntry("minNodes", 0L);
        assertThat(reasons(plan, "analysis")).singleElement().asString().contains("firewall rules do not filter the cluster's nodes");
    }

    @Test
    void aPrivateApiIsApproximatedByAnAllowList() {
        Plan plan = plan(Placement.in(Jurisdiction.FR), CLUSTER);
        assertThat(one(plan, KubeIpRestrictions.TYPE, "analysis-api-allow-list").inputs()).containsEntry("ips", List.of("10.20.2.0/23"));
        assertThat(reasons(plan, "analysis")).anySatisfy(r -> assertThat(r).contains("no private API endpoint").contains("the cluster subnet"));
    }

    @Test
    void zoneRedundancyInParisSpreadsEachPoolOverTheThreeZones() {
        Plan plan = plan(Placement.in(Jurisdiction.FR).region("ovhcloud", "EU-WEST-PAR").withZoneRedundancy(),
                CLUSTER.adminCidrs(Cidr.parse("192.0.2.0/24")).privateApi(false));
        assertThat(one(plan, Kube.TYPE, "analysis").inputs()).containsEntry("plan", "standard").containsEntry("region", "EU-WEST-PAR");
        List<PlannedResource> pools = ofType(plan, KubeNodePool.TYPE);
        assertThat(pools).extracting(PlannedResource::name).containsExactlyInAnyOrder(
                "analysis-system-a", "analysis-system-b", "analysis-system-c", "analysis-batch-a", "analysis-batch-b", "analysis-batch-c");
        assertThat(one(plan, KubeNodePool.TYPE, "analysis-system-b").inputs()).containsEntry("availabilityZones", List.of("eu-west-par-b"))
                .containsEntry("minNodes", 1L).containsEntry("maxNodes", 1L);
        assertThat(one(plan, KubeNodePool.TYPE, "analysis-batch-c").inputs()).containsEntry("minNodes", 0L).containsEntry("maxNodes", 4L);
        assertThat(plan.choices()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo("node-pool-zones");
            assertThat(c.chosen()).startsWith("3 pools of 1-1 nodes");
        });
        assertThat(reasons(plan, "analysis")).anySatisfy(r -> assertThat(r)
                .isEqualTo("node pool 'system' (2-3 nodes) is realised as 3 pools of 1-1 nodes, one per zone, as an MKS pool spans a single zone: 3-3 nodes in all"));
    }

    @Test
    void aVersionTheCatalogLacksIsAOneLineError() {
        assertThatThrownBy(() -> plan(Placement.in(Jurisdiction.FR), KubernetesClusterSpec.of("1.19", Refs.subnet("core", "compute"),
                NodePoolSpec.of("system", Size.of(2, 8), 1, 1))))
                .isInstanceOf(PontException.class)
                .hasMessage("target ovhcloud, kubernetes-cluster 'analysis': kubernetes-version 1.19 is not offered: use one of [1.26, 1.27, 1.28, 1.29, 1.30, 1.31]");
    }
}
