package dev.pont.providers.azure.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.facts.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AKS clusters and node pools. */
class KubernetesFactsTest {
    static final Estate ESTATE = Estate.load("kubernetes");

    @Test
    void aPublicClusterStatesItsAuthorizedRangesAndPools() {
        var cluster = ESTATE.fact("aks-public");
        assertThat(cluster.role()).isEqualTo("kubernetes-cluster");
        assertThat(cluster.properties())
                .containsEntry("version", "1.29.4")
                .containsEntry("privateApi", false)
                .containsEntry("adminCidrs", List.of("198.51.100.4/32", "203.0.113.0/24"))
                .containsEntry("nodePools", List.of("gpu:1-4", "system:3-3"))
                .containsEntry("publicIp", true)
                .containsEntry("location", "francecentral");
    }

    @Test
    void aNodePoolAddsItselfButNotItsVersion() {
        assertThat(ESTATE.fact("aks-public-batch").properties())
                .containsEntry("nodePools", List.of("batch:2-2"))
                .containsEntry("location", "francecentral")
                .doesNotContainKey("version");
        assertThat(Facts.combine(List.of(ESTATE.fact("aks-public"), ESTATE.fact("aks-public-batch"))))
                .containsEntry("nodePools", List.of("batch:2-2", "gpu:1-4", "system:3-3"))
                .containsEntry("version", "1.29.4");
    }

    @Test
    void aPublicClusterWithoutAuthorizedRangesIsOpenToEveryone() {
        assertThat(ESTATE.fact("aks-open").properties())
                .containsEntry("adminCidrs", List.of("0.0.0.0/0"))
                .containsEntry("location", "eastus")
                .doesNotContainKey("version");
    }

    @Test
    void aPrivateClusterStatesNoAdminRanges() {
        assertThat(ESTATE.fact("aks-private").properties())
                .containsEntry("privateApi", true)
                .containsEntry("nodePools", List.of("system:2-5"))
                .doesNotContainKey("adminCidrs");
    }

    @Test
    void theContainerRegistryIsALockIn() {
        assertThat(ESTATE.fact("acrk8s").reason()).startsWith("lock-in: Azure Container Registry");
    }
}
