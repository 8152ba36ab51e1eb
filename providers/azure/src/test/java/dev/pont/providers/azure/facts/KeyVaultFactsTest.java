package dev.pont.providers.azure.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.facts.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Key Vault, its keys and secrets, and Managed HSM. */
class KeyVaultFactsTest {
    static final Estate ESTATE = Estate.load("keyvault");

    @Test
    void aHardenedVaultStatesPurgeProtectionSoftDeleteAndNoPublicEndpoint() {
        var vault = ESTATE.fact("kv-hds");
        assertThat(vault.role()).isEqualTo("key-vault");
        assertThat(vault.properties())
                .containsEntry("purgeProtection", true)
                .containsEntry("softDeleteDays", 90)
                .containsEntry("publicEndpoint", false)
                .containsEntry("location", "francecentral")
                .doesNotContainKey("hsmBacked");
    }

    @Test
    void aDefaultVaultHasNoPurgeProtectionAndAnOpenEndpoint() {
        assertThat(ESTATE.fact("kv-apps").properties())
                .containsEntry("purgeProtection", false)
                .containsEntry("softDeleteDays", 90)
                .containsEntry("publicEndpoint", true)
                .containsEntry("allowedCidrs", List.of("0.0.0.0/0"))
                .containsEntry("location", "northeurope");
    }

    @Test
    void anHsmKeyInAPremiumVaultIsHsmBackedAndRotatesYearly() {
        assertThat(ESTATE.fact("hds-cmk").properties())
                .containsEntry("hsmBacked", true).containsEntry("rotationDays", 365).containsEntry("location", "francecentral");
    }

    @Test
    void rotationBeforeExpiryCountsFromTheExpiryTime() {
        assertThat(ESTATE.fact("signing").properties()).containsEntry("hsmBacked", true).containsEntry("rotationDays", 150);
    }

    @Test
    void anHsmKeyTypeInAStandardVaultIsNotHsmBacked() {
        assertThat(ESTATE.fact("apps-cmk").properties()).containsEntry("hsmBacked", false).doesNotContainKey("rotationDays");
        assertThat(ESTATE.fact("apps-legacy").properties()).containsEntry("hsmBacked", false);
    }

    @Test
    void aVaultWithASoftwareKeyOnlyIsNotHsmBacked() {
        var combined = Facts.combine(List.of(ESTATE.fact("kv-apps"), ESTATE.fact("apps-cmk"), ESTATE.fact("apps-legacy")));
        assertThat(combined).containsEntry("hsmBacked", false).containsEntry("purgeProtection", false);
    }

    @Test
    void secretsAreEncryptedWhereTheirVaultIsAndExpireOnlyWithAnExpiryTime() {
        assertThat(ESTATE.fact("api-token").role()).isEqualTo("secret");
        assertThat(ESTATE.fact("api-token").properties())
                .containsEntry("encryptedAtRest", true).containsEntry("secretExpiry", true).containsEntry("location", "francecentral");
        assertThat(ESTATE.fact("db-password").properties())
                .containsEntry("secretExpiry", false).containsEntry("location", "northeurope");
    }

    @Test
    void aSecretReadWithoutItsVaultStatesNoLocation() {
        assertThat(ESTATE.alone("api-token").properties()).doesNotContainKey("location");
    }

    @Test
    void everyManagedHsmKeyIsHsmBacked() {
        assertThat(ESTATE.fact("hsm-hds").properties())
                .containsEntry("hsmBacked", true).containsEntry("softDeleteDays", 28).containsEntry("publicEndpoint", false);
    }
}
