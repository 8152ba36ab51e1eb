package dev.pont.providers.ovhcloud.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.facts.Fact;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Object Storage buckets, block volumes (ovh and Cinder) and Public Cloud Databases. */
class StorageFactsTest {
    static final Map<String, Fact> FACTS = Fixtures.facts("storage.json");

    @Test
    void aLockedEncryptedVersionedBucket() {
        assertThat(FACTS.get("archive").role()).isEqualTo("object-store");
        assertThat(FACTS.get("archive").properties()).containsEntry("versioned", true).containsEntry("encryptedAtRest", true)
                .containsEntry("keyCustody", "provider").containsEntry("retentionDays", 3650).containsEntry("retentionLocked", true)
                .containsEntry("publicEndpoint", true).containsEntry("httpsOnly", true).containsEntry("location", "GRA");
    }

    @Test
    void aBareBucketIsUnversionedAndSaysNothingOfEncryptionOrTlsVersion() {
        assertThat(FACTS.get("scratch").properties()).containsEntry("versioned", false).containsEntry("httpsOnly", true)
                .doesNotContainKeys("encryptedAtRest", "keyCustody", "retentionDays", "tlsMinimum");
    }

    @Test
    void suspendedVersioningPlaintextAndGovernanceAreWhatTheySay() {
        assertThat(FACTS.get("drafts").properties()).containsEntry("versioned", false).containsEntry("encryptedAtRest", false)
                .containsEntry("location", "EU-WEST-PAR");
        assertThat(FACTS.get("held").properties()).containsEntry("retentionDays", 30).containsEntry("retentionLocked", false);
    }

    @Test
    void luksVolumeTypesAreEncryptedTheOthersNotAndUnknownTypesSayNothing() {
        assertThat(FACTS.get("sealed").properties()).containsEntry("encryptedAtRest", true).containsEntry("keyCustody", "provider")
                .containsEntry("sizeGiB", 100).containsEntry("location", "GRA11");
        assertThat(FACTS.get("plain").properties()).containsEntry("encryptedAtRest", false).doesNotContainKey("keyCustody");
        assertThat(FACTS.get("cinder").properties()).containsEntry("encryptedAtRest", true).containsEntry("sizeGiB", 200)
                .containsEntry("location", "GRA11");
        assertThat(FACTS.get("exotic").properties()).doesNotContainKey("encryptedAtRest").containsEntry("location", "SBG5");
    }

    @Test
    void aBusinessPostgresqlClusterOnAPrivateNetwork() {
        Fact catalog = FACTS.get("catalog");
        assertThat(catalog.role()).isEqualTo("database");
        assertThat(catalog.properties()).containsEntry("version", "16").containsEntry("vcpu", 4).containsEntry("memoryGiB", 15)
                .containsEntry("sizeGiB", 320).containsEntry("highAvailability", true).containsEntry("backupRetentionDays", 14)
                .containsEntry("publicEndpoint", false).containsEntry("privateEndpoint", true).containsEntry("location", "GRA")
                .containsEntry("allowedCidrs", List.of("10.20.2.0/23", "10.20.4.0/24"))
                .containsEntry("encryptedAtRest", true).containsEntry("keyCustody", "provider");
        assertThat(FACTS.get("catalog-admin").role()).isEqualTo("database-configuration");
    }

    @Test
    void databaseTlsIsAlwaysOnButItsDocumentedFloorIsTls11() {
        assertThat(FACTS.get("catalog").properties()).containsEntry("tlsMinimum", 1.1);
    }

    @Test
    void aPostgresqlUserIsCreatedWithAdminPrivilegesOnItsCluster() {
        assertThat(FACTS.get("catalog-app").role()).isEqualTo("database-user");
        assertThat(FACTS.get("catalog-app").properties()).containsEntry("grants", List.of(
                "admin:b2c3d4e5-0000-4000-8000-000000000001", "read:b2c3d4e5-0000-4000-8000-000000000001",
                "write:b2c3d4e5-0000-4000-8000-000000000001"));
    }

    @Test
    void anEssentialRedisOnThePublicNetworkIsNeitherPostgresqlNorHighlyAvailable() {
        assertThat(FACTS.get("cache").properties()).containsEntry("version", "redis 7.2").containsEntry("highAvailability", false)
                .containsEntry("publicEndpoint", true).containsEntry("vcpu", 2).containsEntry("memoryGiB", 4)
                .doesNotContainKeys("backupRetentionDays", "privateEndpoint");
    }

    @Test
    void isoPeriodsReadAsDays() {
        assertThat(OvhcloudFacts.days("P1Y")).isEqualTo(365);
        assertThat(OvhcloudFacts.days("P6M")).isEqualTo(180);
        assertThat(OvhcloudFacts.days("P45D")).isEqualTo(45);
        assertThat(OvhcloudFacts.days("forever")).isNull();
    }
}
