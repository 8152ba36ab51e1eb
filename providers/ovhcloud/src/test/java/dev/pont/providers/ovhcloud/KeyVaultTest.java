package dev.pont.providers.ovhcloud;

import static dev.pont.providers.ovhcloud.Previews.one;
import static dev.pont.providers.ovhcloud.Previews.preview;
import static dev.pont.providers.ovhcloud.Previews.reasons;
import static dev.pont.providers.ovhcloud.Previews.stack;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.Secrets;
import dev.pont.core.preview.Preview;
import dev.pont.core.preview.PreviewConfig;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.Labels;
import dev.pont.core.spec.SecretSpec;
import dev.pont.providers.ovhcloud.bindings.ovh.Okms;
import dev.pont.providers.ovhcloud.bindings.ovh.OkmsSecret;
import dev.pont.providers.ovhcloud.bindings.ovh.ServiceKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyVaultTest {

    @Test
    void aVaultIsAnOkmsDomainWithOneServiceKeyPerKey() {
        Plan plan = preview(stack(p -> p.keyVault("keys", KeyVaultSpec.withKeys(KeySpec.rsa("cmk", 3072, 0), KeySpec.ec("signing", 521, 0))
                .exposure(Exposure.publicFrom(List.of())))));
        assertThat(one(plan, Okms.TYPE, "keys").inputs()).containsEntry("region", "eu-west-gra").containsEntry("ovhSubsidiary", "FR")
                .containsEntry("displayName", "demo-keys");
        assertThat(one(plan, ServiceKey.TYPE, "keys-cmk").inputs()).containsEntry("type", "RSA").containsEntry("size", 3072L)
                .containsEntry("operations", List.of("encrypt", "decrypt")).doesNotContainKey("curve");
        assertThat(one(plan, ServiceKey.TYPE, "keys-signing").inputs()).containsEntry("type", "EC").containsEntry("curve", "P-521")
                .containsEntry("operations", List.of("sign", "verify")).doesNotContainKey("size");
        assertThat(reasons(plan, "keys")).singleElement().asString().contains("no soft delete or purge protection").contains("protect");
        assertThat(plan.choices()).filteredOn(c -> c.kind().equals("region")).singleElement()
                .satisfies(c -> assertThat(c.verified()).as("eu-west-gra is not confirmed").isFalse());
    }

    @Test
    void rotationHsmPrivacyAndLabelsAreReported() {
        Plan plan = preview(stack(p -> p.keyVault("keys", KeyVaultSpec.withKeys(KeySpec.rsa("cmk", 2048, 365).hsm())
                .labels(Labels.of("team", "platform")))));
        assertThat(reasons(plan, "keys")).satisfiesExactlyInAnyOrder(
                r -> assertThat(r).contains("key 'cmk': rotation every 365 days is not set"),
                r -> assertThat(r).contains("key 'cmk': HSM-backed asked"),
                r -> assertThat(r).contains("not kept 90 days"),
                r -> assertThat(r).contains("no private endpoint"));
        assertThat(plan.deviations()).singleElement().satisfies(d -> assertThat(d.properties()).containsExactly(
                "hsmBacked", "privateEndpoint", "publicEndpoint", "purgeProtection", "rotationDays", "softDeleteDays"));
    }

    @Test
    void theSubsidiaryComesFromConfigWhenSet() {
        var config = new java.util.TreeMap<>(Previews.CONFIG);
        config.put(OvhcloudAdapter.SUBSIDIARY, "DE");
        Plan plan = preview(stack(p -> p.keyVault("keys", KeyVaultSpec.withKeys(KeySpec.rsa("cmk", 2048, 0)))), config);
        assertThat(one(plan, Okms.TYPE, "keys").inputs()).containsEntry("ovhSubsidiary", "DE");
    }

    @Test
    void aSecretIsStoredInTheVaultAndStaysSecret() {
        Plan plan = preview(stack(p -> {
            p.keyVault("keys", KeyVaultSpec.withKeys(KeySpec.rsa("cmk", 2048, 0)));
            p.secret("salt", SecretSpec.inVault("keys", "pont:salt", 90).labels(Labels.of("team", "platform")));
        }));
        var secret = one(plan, OkmsSecret.TYPE, "salt");
        assertThat(secret.inputs()).containsEntry("path", "demo/salt").containsKey("okmsId");
        assertThat(secret.inputs().get("metadata")).isEqualTo(Map.of("deactivateVersionAfter", "2160h",
                "customMetadata", Map.of("team", "platform", "pont-resource", "salt", "pont-stack", "demo")));
        @SuppressWarnings("unchecked")
        var version = (Map<String, Object>) secret.inputs().get("version");
        assertThat(Secrets.isSecret(version.get("data"))).isTrue();
        assertThat(Json.pretty(plan)).doesNotContain(Previews.SALT);
        assertThat(reasons(plan, "salt")).isEmpty();
        assertThat(plan.choices()).anySatisfy(c -> assertThat(c.kind()).isEqualTo("secret-expiry"));
    }

    @Test
    void aSecretWithoutExpiryAndAMissingValueOffline() {
        var config = Previews.configWithout("pont:salt");
        Plan plan = Preview.of(stack(p -> {
            p.keyVault("keys", KeyVaultSpec.withKeys(KeySpec.rsa("cmk", 2048, 0)));
            p.secret("salt", SecretSpec.inVault("keys", "pont:salt", 0));
        }), new OvhcloudAdapter(), new PreviewConfig(config, Set.of()));
        assertThat(one(plan, OkmsSecret.TYPE, "salt").inputs().get("metadata")).asString().doesNotContain("deactivateVersionAfter");
        assertThat(plan.warnings()).singleElement().asString().contains("pont:salt").contains("pulumi config set --secret");
    }
}
