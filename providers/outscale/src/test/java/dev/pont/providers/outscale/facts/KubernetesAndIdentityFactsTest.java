package dev.pont.providers.outscale.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.facts.Fact;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** OKS clusters and NodePool custom resources; EIM users, groups, policies and access keys. */
class KubernetesAndIdentityFactsTest {
    static final Map<String, Fact> OKS = Fixtures.facts("kubernetes.json");
    static final Map<String, Fact> EIM = Fixtures.facts("identity.json");

    @Test
    void anOksClusterHasAPublicApiFilteredByItsWhitelistInItsProjectsRegion() {
        Fact cluster = OKS.get("analytics-cluster");
        assertThat(cluster.role()).isEqualTo("kubernetes-cluster");
        assertThat(cluster.properties()).containsEntry("version", "1.31").containsEntry("privateApi", false)
                .containsEntry("adminCidrs", List.of("203.0.113.0/24")).containsEntry("zoneRedundant", true)
                .containsEntry("highAvailability", true).containsEntry("location", "eu-west-2");
    }

    @Test
    void aMonoMasterClusterOutsideThePlansProjectsFallsBackToTheProviderRegion() {
        assertThat(OKS.get("sandbox").properties()).containsEntry("highAvailability", false).containsEntry("zoneRedundant", false)
                .containsEntry("location", "cloudgouv-eu-west-1");
    }

    @Test
    void aNodePoolOfDesiredNodesIsAFixedRangeInTheRegionOfItsZones() {
        Fact pool = OKS.get("workers");
        assertThat(pool.role()).isEqualTo("node-pool");
        assertThat(pool.properties()).containsEntry("nodePools", List.of("workers:3-3")).containsEntry("location", List.of("eu-west-2"));
    }

    @Test
    void otherKubernetesObjectsAreWorkloadsNotCloudResources() {
        assertThat(OKS.get("api").mapped()).isFalse();
        assertThat(OKS.get("api").reason()).contains("kubernetes:apps/v1:Deployment").contains("not cloud resources");
    }

    @Test
    void aUserHoldsTheGrantsOfItsLinkedPoliciesByTheirDefaultVersion() {
        assertThat(EIM.get("reporter").role()).isEqualTo("service-identity");
        assertThat(EIM.get("reporter").properties()).containsEntry("grants", List.of("read:*"));
        assertThat(EIM.get("backup-agent").properties()).containsEntry("grants", List.of("read:*", "write:*"));
        assertThat(EIM.get("readers").role()).isEqualTo("identity-group");
        assertThat(EIM.get("readers").properties()).containsEntry("grants", List.of("read:*"));
    }

    @Test
    void aUserWithoutPoliciesHoldsNothing() {
        assertThat(EIM.get("idle").properties()).containsEntry("grants", List.of());
        assertThat(EIM.get("read-volumes").role()).isEqualTo("access-policy");
        assertThat(EIM.get("read-volumes").properties()).isEmpty();
    }

    @Test
    void accessKeysSayWhetherTheyExpire() {
        assertThat(EIM.get("reporter-key").role()).isEqualTo("access-key");
        assertThat(EIM.get("reporter-key").properties()).containsEntry("secretExpiry", true);
        assertThat(EIM.get("idle-key").properties()).containsEntry("secretExpiry", false);
    }
}
