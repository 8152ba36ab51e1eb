package dev.pont.providers.azure.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.facts.Fact;
import dev.pont.core.facts.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blob storage read as an object store, part by part. */
class StorageFactsTest {
    static final Estate ESTATE = Estate.load("storage");

    @Test
    void aLockedDownAccountWithAnHsmKeyStatesItsEncryptionExposureAndRetention() {
        Fact account = ESTATE.fact("stlake");
        assertThat(account.role()).isEqualTo("object-store");
        assertThat(account.properties())
                .containsEntry("encryptedAtRest", true)
                .containsEntry("keyCustody", "customer-hsm")
                .containsEntry("httpsOnly", true)
                .containsEntry("tlsMinimum", 1.2)
                .containsEntry("publicEndpoint", false)
                .containsEntry("retentionDays", 2555)
                .containsEntry("retentionLocked", true)
                .containsEntry("zoneRedundant", true)
                .containsEntry("location", "francecentral")
                .doesNotContainKey("allowedCidrs");
    }

    @Test
    void theKeyIsOnlyKnownToBeTheCustomersWhenItsVaultIsNotInThePlan() {
        assertThat(ESTATE.alone("stlake").properties()).containsEntry("keyCustody", "customer");
    }

    @Test
    void aLegacyAccountIsOpenReadsTls10AndUsesMicrosoftsKey() {
        assertThat(ESTATE.fact("stlegacy").properties())
                .containsEntry("encryptedAtRest", true)
                .containsEntry("keyCustody", "provider")
                .containsEntry("httpsOnly", false)
                .containsEntry("tlsMinimum", 1.0)
                .containsEntry("publicEndpoint", true)
                .containsEntry("allowedCidrs", List.of("0.0.0.0/0"))
                .containsEntry("location", "westeurope");
    }

    @Test
    void anUnlockedImmutabilityPolicyKeepsItsDaysButIsNotLocked() {
        assertThat(ESTATE.fact("stlegacy").properties()).containsEntry("retentionDays", 30).containsEntry("retentionLocked", false);
    }

    @Test
    void aFirewalledPublicEndpointListsWhoGetsIn() {
        assertThat(ESTATE.fact("stpartner").properties())
                .containsEntry("publicEndpoint", true)
                .containsEntry("allowedCidrs", List.of("198.51.100.7/32", "203.0.113.0/24"))
                .containsEntry("tlsMinimum", 1.0)
                .containsEntry("keyCustody", "provider")
                .containsEntry("zoneRedundant", false);
    }

    @Test
    void versioningAndSoftDeleteComeFromTheBlobService() {
        assertThat(ESTATE.fact("stlake-blob").properties())
                .containsEntry("versioned", true).containsEntry("softDeleteDays", 30).containsEntry("location", "francecentral");
        assertThat(ESTATE.fact("stlegacy-blob").properties()).containsEntry("versioned", false).containsEntry("softDeleteDays", 0);
    }

    @Test
    void anonymousContainerAccessIsAPublicEndpointUnlessTheAccountForbidsIt() {
        assertThat(ESTATE.fact("public-assets").properties()).containsEntry("publicEndpoint", true);
        assertThat(ESTATE.fact("raw").properties()).doesNotContainKey("publicEndpoint");
    }

    @Test
    void aContainerPolicyIsUnlockedUnlessItsStateSaysLocked() {
        assertThat(ESTATE.fact("raw-worm").properties())
                .containsEntry("retentionDays", 365).containsEntry("retentionLocked", false).containsEntry("location", "francecentral");
    }

    @Test
    void theStoreCombinesItsParts() {
        var combined = Facts.combine(List.of(ESTATE.fact("stlegacy"), ESTATE.fact("stlegacy-blob"), ESTATE.fact("public-assets")));
        assertThat(combined).containsEntry("publicEndpoint", true).containsEntry("versioned", false).containsEntry("httpsOnly", false);
    }

    @Test
    void fileSharesAndQueuesAreUnmappedWithTheirReason() {
        assertThat(ESTATE.fact("profiles").mapped()).isFalse();
        assertThat(ESTATE.fact("profiles").reason()).startsWith("no neutral role yet: Azure Files shares");
        assertThat(ESTATE.fact("orders").reason()).startsWith("lock-in: Azure Queue Storage");
    }
}
