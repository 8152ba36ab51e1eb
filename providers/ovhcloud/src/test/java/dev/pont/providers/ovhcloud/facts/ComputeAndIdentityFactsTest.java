package dev.pont.providers.ovhcloud.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.facts.Fact;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Instances, Managed Kubernetes, users and S3 policies, OKMS keys and secrets, Logs Data Platform. */
class ComputeAndIdentityFactsTest {
    static final Map<String, Fact> COMPUTE = Fixtures.facts("compute.json");
    static final Map<String, Fact> IDENTITY = Fixtures.facts("identity.json");

    @Test
    void anInstanceOnAPrivateNetworkWithAKnownFlavour() {
        assertThat(COMPUTE.get("app-1").role()).isEqualTo("virtual-machine");
        assertThat(COMPUTE.get("app-1").properties()).containsEntry("vcpu", 4).containsEntry("memoryGiB", 16)
                .containsEntry("location", "GRA11").containsEntry("publicIp", false).containsEntry("privateEndpoint", true)
                .doesNotContainKey("encryptedAtRest");
    }

    @Test
    void anInstanceBootingFromACinderVolumeIsEncryptedAsTheVolumeTypeSays() {
        assertThat(COMPUTE.get("sealed-boot").properties()).containsEntry("encryptedAtRest", true).containsEntry("keyCustody", "provider");
        assertThat(COMPUTE.get("plain-boot").properties()).containsEntry("encryptedAtRest", false).doesNotContainKey("keyCustody");
    }

    @Test
    void extNetOrAFloatingIpMakesAnInstancePublic() {
        assertThat(COMPUTE.get("bastion").properties()).containsEntry("publicIp", true).containsEntry("location", "SBG5")
                .containsEntry("vcpu", 2).containsEntry("memoryGiB", 4);
        assertThat(COMPUTE.get("gpu").properties()).containsEntry("publicIp", true);
        assertThat(COMPUTE.get("worker").properties()).containsEntry("publicIp", true).containsEntry("location", "GRA11");
    }

    @Test
    void anUnknownFlavourStatesNoSize() {
        assertThat(COMPUTE.get("gpu").properties()).doesNotContainKeys("vcpu", "memoryGiB");
        assertThat(COMPUTE.get("worker").properties()).doesNotContainKeys("vcpu", "memoryGiB");
    }

    @Test
    void aManagedKubernetesApiIsPublicAndOpenUnlessRestricted() {
        assertThat(COMPUTE.get("analysis").role()).isEqualTo("kubernetes-cluster");
        assertThat(COMPUTE.get("analysis").properties()).containsEntry("version", "1.30").containsEntry("privateApi", false)
                .containsEntry("adminCidrs", List.of("10.20.4.0/24", "198.51.100.0/24")).containsEntry("location", "GRA11");
        assertThat(COMPUTE.get("open").properties()).containsEntry("adminCidrs", List.of("0.0.0.0/0"));
        assertThat(COMPUTE.get("analysis-api").role()).isEqualTo("cluster-configuration");
    }

    @Test
    void nodePoolsScaleBetweenBoundsOnlyWhenAutoscaling() {
        assertThat(COMPUTE.get("system").properties()).containsEntry("nodePools", List.of("system:2-3")).containsEntry("location", "GRA11");
        assertThat(COMPUTE.get("batch").properties()).containsEntry("nodePools", List.of("batch:1-1"));
        assertThat(COMPUTE.get("rancher").reason()).startsWith("lock-in: OVHcloud Managed Rancher");
    }

    @Test
    void aUserHoldsItsRolesAndTheBucketGrantsOfItsS3Policies() {
        assertThat(IDENTITY.get("ingestion").role()).isEqualTo("service-identity");
        assertThat(IDENTITY.get("ingestion").properties()).containsEntry("grants",
                List.of("read:health-data-datasets", "write:health-data-datasets", "write:objectstore"));
        assertThat(IDENTITY.get("ingestion-policy").properties()).containsEntry("grants",
                List.of("read:health-data-datasets", "write:health-data-datasets"));
        assertThat(IDENTITY.get("admin").properties()).containsEntry("grants", List.of("admin:*"));
        assertThat(IDENTITY.get("auditor").properties()).containsEntry("grants", List.of("read:*"));
        assertThat(IDENTITY.get("ingestion-key").role()).isEqualTo("access-key");
    }

    @Test
    void okmsIsAKeyVaultOnAPublicEndpointAndSecretsExpireWhenTheirVersionsDo() {
        assertThat(IDENTITY.get("platform-keys").role()).isEqualTo("key-vault");
        assertThat(IDENTITY.get("platform-keys").properties()).containsEntry("location", "eu-west-rbx").containsEntry("publicEndpoint", true)
                .doesNotContainKeys("purgeProtection", "softDeleteDays", "hsmBacked");
        assertThat(IDENTITY.get("datasets-cmk").role()).isEqualTo("key");
        assertThat(IDENTITY.get("salt").role()).isEqualTo("secret");
        assertThat(IDENTITY.get("salt").properties()).containsEntry("secretExpiry", true).containsEntry("location", "eu-west-rbx")
                .containsEntry("encryptedAtRest", true);
        assertThat(IDENTITY.get("forever").properties()).containsEntry("secretExpiry", false);
    }

    @Test
    void aGraylogStreamKeepsLogsForItsColdStorageRetention() {
        assertThat(IDENTITY.get("audit").role()).isEqualTo("audit-log");
        assertThat(IDENTITY.get("audit").properties()).containsEntry("logRetentionDays", 365);
        assertThat(IDENTITY.get("hot").properties()).doesNotContainKey("logRetentionDays");
        assertThat(IDENTITY.get("catalog-logs").properties()).containsEntry("loggedResources", List.of("b2c3d4e5"));
        assertThat(IDENTITY.get("commitment").reason()).startsWith("lock-in: OVHcloud Savings Plan");
    }

    @Test
    void everyFlavourHasASizeAndASource() {
        assertThat(Flavors.all()).containsKeys("b3-16", "r3-64", "db1-15");
        assertThat(Flavors.of("db1-15")).hasValueSatisfying(f -> assertThat(f.verified()).isTrue());
        assertThat(Flavors.of("t1-45")).isEmpty();
    }
}
