package dev.pont.providers.s3ns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.plan.Plan;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.SecretSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeysTest {
    static final Plan PLAN = ProviderTest.PLAN;

    @Test
    void aKeyRingInTheRegionWithRotatingSoftwareKeys() {
        assertThat(Stacks.named(PLAN, "platform-keys-ring").inputs()).containsEntry("name", "demo-platform-keys")
                .containsEntry("location", "u-france-east1");
        assertThat(Stacks.named(PLAN, "platform-keys-datasets-cmk").inputs())
                .containsEntry("purpose", "ENCRYPT_DECRYPT")
                .containsEntry("versionTemplate", Map.of("algorithm", "GOOGLE_SYMMETRIC_ENCRYPTION", "protectionLevel", "SOFTWARE"))
                .containsEntry("rotationPeriod", "31536000s")
                .containsEntry("destroyScheduledDuration", "7776000s");
        assertThat(PLAN.choices()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo("key-algorithm");
            assertThat(c.chosen()).isEqualTo("ENCRYPT_DECRYPT GOOGLE_SYMMETRIC_ENCRYPTION");
            assertThat(c.verified()).isFalse();
        });
    }

    @Test
    void theRsaToSymmetricMappingAndTheApiEndpointAreDeclared() {
        assertThat(Stacks.reasons(PLAN, "platform-keys"))
                .anySatisfy(r -> assertThat(r).startsWith("key 'datasets-cmk' (rsa-3072) is a symmetric GOOGLE_SYMMETRIC_ENCRYPTION key"))
                .anySatisfy(r -> assertThat(r).startsWith("Cloud KMS is reached on its API endpoint (*.s3nsapis.fr)"));
    }

    static Plan vault(KeySpec... keys) {
        return Stacks.preview(Stacks.stack(p -> p.keyVault("kv", KeyVaultSpec.withKeys(keys).exposure(dev.pont.core.spec.Exposure.publicFrom(java.util.List.of())))));
    }

    @Test
    void anHsmKeyIsDeclaredSoftwareOnly() {
        Plan plan = vault(KeySpec.rsa("cmk", 2048, 90).hsm());
        assertThat(Stacks.named(plan, "kv-cmk").inputs().get("versionTemplate")).isEqualTo(
                Map.of("algorithm", "GOOGLE_SYMMETRIC_ENCRYPTION", "protectionLevel", "SOFTWARE"));
        assertThat(Stacks.reasons(plan, "kv")).contains("key 'cmk' is not HSM-backed: Cloud KMS on S3NS offers protection level"
                + " SOFTWARE only (no HSM, HSM_SINGLE_TENANT or EXTERNAL)");
    }

    @Test
    void anEcKeySignsAndCannotRotateByItself() {
        Plan plan = vault(KeySpec.ec("sig", 384, 30));
        assertThat(Stacks.named(plan, "kv-sig").inputs()).containsEntry("purpose", "ASYMMETRIC_SIGN")
                .doesNotContainKey("rotationPeriod");
        assertThat(Stacks.reasons(plan, "kv")).containsExactly("key 'sig' does not rotate every 30 days: Cloud KMS rotates symmetric"
                + " keys only; create new versions of this ASYMMETRIC_SIGN key yourself");
    }

    @Test
    void anEcP521KeyIsAnError() {
        assertThatThrownBy(() -> vault(KeySpec.ec("sig", 521, 30))).isInstanceOf(PontException.class)
                .hasMessage("target s3ns, key-vault 'kv': key 'sig': Cloud KMS has no ec-521 key: use one of"
                        + " [ec-256, ec-384, rsa-2048, rsa-3072, rsa-4096]");
    }

    @Test
    void aSecretIsReplicatedInTheRegionOnlyAndExpiresFromItsIssueDate() {
        assertThat(Stacks.named(PLAN, "pseudonymisation-salt-secret").inputs())
                .containsEntry("secretId", "demo-pseudonymisation-salt")
                .containsEntry("replication", Map.of("userManaged", Map.of("replicas", java.util.List.of(Map.of("location", "u-france-east1")))))
                .containsEntry("expireTime", "2027-01-15T00:00:00Z")
                .doesNotContainKey("ttl");
        assertThat(Stacks.named(PLAN, "pseudonymisation-salt-value").inputs().get("secretData"))
                .isEqualTo(dev.pont.core.plan.Secrets.REDACTED);
        assertThat(Stacks.reasons(PLAN, "pseudonymisation-salt")).containsExactly("on 2027-01-15 Secret Manager deletes the secret"
                + " with all its versions (it has no 'expired but kept' state): set a new value and"
                + " pont:pseudonymisationSaltIssuedOn before then");
    }

    static Plan secret(Map<String, String> config) {
        return Stacks.preview(Stacks.stack(p -> {
            p.keyVault("kv", KeyVaultSpec.withKeys());
            p.secret("salt", SecretSpec.inVault("kv", "pont:pseudonymisationSalt", 30));
        }), config);
    }

    @Test
    void withoutAnIssueDateTheSecretDoesNotExpireAndSaysWhy() {
        Plan plan = secret(Map.of("pont:pseudonymisationSaltIssuedOn", ""));
        assertThat(Stacks.named(plan, "salt-secret").inputs()).doesNotContainKey("expireTime");
        assertThat(Stacks.reasons(plan, "salt")).singleElement().asString()
                .startsWith("the secret gets no expiry time: Secret Manager takes an absolute time")
                .endsWith("set pont:pseudonymisationSaltIssuedOn to the day the value was set (YYYY-MM-DD) to expire it 30 days later");
    }

    @Test
    void aMalformedIssueDateIsAnError() {
        assertThatThrownBy(() -> secret(Map.of("pont:pseudonymisationSaltIssuedOn", "15/01/2026"))).isInstanceOf(PontException.class)
                .hasMessage("target s3ns, secret 'salt': config value pont:pseudonymisationSaltIssuedOn '15/01/2026' is not a date:"
                        + " set it to the day the secret value was set, as YYYY-MM-DD");
    }
}
