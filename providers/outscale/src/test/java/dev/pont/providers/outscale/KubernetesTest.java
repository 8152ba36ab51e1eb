package dev.pont.providers.outscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.plan.Secrets;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.KubernetesClusterSpec;
import dev.pont.core.spec.NodePoolSpec;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.Size;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KubernetesTest {
    static final Plan PLAN = PlanSchemaTest.PLAN;

    @Test
    void projectAndClusterWithTheAdminWhitelist() {
        assertThat(Stacks.named(PLAN, "analysis-project").inputs()).containsEntry("cidr", "10.50.0.0/18")
                .containsEntry("region", "cloudgouv-eu-west-1").containsEntry("name", "demo-analysis");
        PlannedResource cluster = Stacks.named(PLAN, "analysis-cluster");
        assertThat(cluster.inputs()).containsEntry("version", "1.30").containsEntry("controlPlanes", "cp.3.masters.small")
                .containsEntry("adminWhitelists", List.of("203.0.113.0/24")).containsEntry("cpMultiAz", false)
                .containsEntry("cidrPods", "10.91.0.0/16").containsEntry("cidrService", "10.92.0.0/16")
                .containsKey("projectId");
        assertThat(cluster.dependencies()).contains(Stacks.named(PLAN, "analysis-project").urn());
    }

    @Test
    void nodePoolsAreNodePoolObjectsOnAKubernetesProviderBoundToTheKubeconfig() {
        PlannedResource kubernetes = Stacks.named(PLAN, "analysis-kubernetes");
        assertThat(kubernetes.type()).isEqualTo("pulumi:providers:kubernetes");
        assertThat(Secrets.isSecret(kubernetes.inputs().get("kubeconfig"))).isTrue();
        PlannedResource system = Stacks.named(PLAN, "analysis-pool-system");
        assertThat(system.type()).isEqualTo("kubernetes:oks.dev/v1beta2:NodePool");
        assertThat(system.provider()).startsWith(kubernetes.urn());
        assertThat(system.inputs()).containsEntry("apiVersion", "oks.dev/v1beta2").containsEntry("kind", "NodePool");
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = (Map<String, Object>) system.inputs().get("spec");
        assertThat(spec).containsEntry("desiredNodes", 2L).containsEntry("nodeType", "tinav7.c4r16p2")
                .containsEntry("zones", List.of("cloudgouv-eu-west-1a")).containsEntry("autoHealing", true)
                .containsEntry("upgradeStrategy", Map.of("maxUnavailable", 1L, "maxSurge", 0L, "autoUpgradeEnabled", true));
        assertThat(spec.keySet()).containsExactlyInAnyOrder("desiredNodes", "nodeType", "zones", "upgradeStrategy", "autoHealing");
        assertThat(system.dependencies()).contains(Stacks.named(PLAN, "analysis-cluster").urn());
    }

    @Test
    void whatOksCannotDoIsDeclared() {
        assertThat(Stacks.reasons(PLAN, "analysis"))
                .anyMatch(r -> r.startsWith("OKS runs the cluster in the OKS project's own Net (10.50.0.0/18), not in subnet core/compute"))
                .anyMatch(r -> r.startsWith("private API not offered by OKS"))
                .anyMatch(r -> r.startsWith("region cloudgouv-eu-west-1 has one subregion"))
                .anyMatch(r -> r.startsWith("node pool 'analysis' runs a fixed 1 node(s)"))
                .noneMatch(r -> r.contains("node pool 'system'"));
    }

    @Test
    void zoneRedundancySpreadsControlPlaneAndNodesInEuWest2() {
        var placement = dev.pont.core.spec.Placement.in(dev.pont.core.spec.Jurisdiction.EU).region("outscale", "eu-west-2").withZoneRedundancy();
        Plan plan = Stacks.preview(Stacks.stack(placement, p -> {
            Stacks.network(p);
            p.kubernetesCluster("k8s", KubernetesClusterSpec.of("1.31", Refs.subnet("core", "compute"),
                    NodePoolSpec.of("system", Size.of(2, 4), 3, 3)).adminCidrs(Cidr.parse("10.20.4.0/24")).privateApi(false));
        }));
        assertThat(Stacks.named(plan, "k8s-cluster").inputs()).containsEntry("cpMultiAz", true)
                .containsEntry("cpSubregions", List.of("eu-west-2a", "eu-west-2b"));
        assertThat(Stacks.named(plan, "k8s-pool-system").inputs().toString()).contains("zones=[eu-west-2a, eu-west-2b]");
        assertThat(Stacks.reasons(plan, "k8s")).anyMatch(r -> r.startsWith("admin CIDRs [10.20.4.0/24] are private ranges"))
                .noneMatch(r -> r.startsWith("private API"));
    }

    @Test
    void theProjectRangeMustNotOverlapTheNetwork() {
        assertThatThrownBy(() -> Stacks.preview(Stacks.stack(p -> {
            Stacks.network(p);
            p.kubernetesCluster("k8s", KubernetesClusterSpec.of("1.30", Refs.subnet("core", "compute"), NodePoolSpec.of("system", Size.of(2, 4), 1, 1)));
        }), Map.of("pont:outscaleOksProjectCidr", "10.20.128.0/18"))).isInstanceOf(PontException.class)
                .hasMessage("target outscale, kubernetes-cluster 'k8s': the OKS project range 10.20.128.0/18 overlaps network 'core'"
                        + " 10.20.0.0/16: set pont:outscaleOksProjectCidr to a free range so the two Nets can be peered");
    }

    @Test
    void aVersionOutsideTheCatalogIsAnError() {
        assertThatThrownBy(() -> Stacks.preview(Stacks.stack(p -> {
            Stacks.network(p);
            p.kubernetesCluster("k8s", KubernetesClusterSpec.of("1.25", Refs.subnet("core", "compute"), NodePoolSpec.of("system", Size.of(2, 4), 1, 1)));
        }))).isInstanceOf(PontException.class).hasMessageContaining("kubernetes-version 1.25 is not offered: use one of [1.29, 1.30, 1.31, 1.32]");
    }
}
