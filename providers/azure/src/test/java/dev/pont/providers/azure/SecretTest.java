package dev.pont.providers.azure;

import static dev.pont.providers.azure.Previews.at;
import static dev.pont.providers.azure.Previews.dependsOn;
import static dev.pont.providers.azure.Previews.named;
import static dev.pont.providers.azure.Previews.preview;
import static dev.pont.providers.azure.Previews.stack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.plan.Secrets;
import dev.pont.core.platform.PontStack;
import dev.pont.core.preview.Preview;
import dev.pont.core.preview.PreviewConfig;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.SecretSpec;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretTest {
    static final String VALUE = "pepper-5f1d-must-never-appear";
    static final PontStack STACK = stack(p -> {
        p.keyVault("keys", KeyVaultSpec.withKeys());
        p.secret("salt", SecretSpec.inVault("keys", "pont:salt", 90));
    });

    @Test
    void theValueComesFromASecretConfigValueAndNeverAppearsInThePlan() {
        Plan plan = Preview.of(STACK, new AzureAdapter(), new PreviewConfig(Map.of("pont:salt", VALUE), Set.of("pont:salt")));
        PlannedResource secret = named(plan, "salt-secret");
        assertThat(secret.type()).isEqualTo("azure-native:keyvault:Secret");
        assertThat(Secrets.isSecret(at(secret, "properties.value"))).isTrue();
        assertThat(Json.pretty(plan)).doesNotContain(VALUE);
        assertThat(secret.inputs()).containsEntry("secretName", "salt")
                .containsEntry("vaultName", at(named(plan, "keys-vault"), "vaultName"));
        assertThat(dependsOn(plan, secret, "keys-vault")).isTrue();
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void withoutTheIssueDateTheSecretHasNoExpiryAndSaysWhy() {
        Plan plan = preview(STACK);
        assertThat(at(named(plan, "salt-secret"), "properties.attributes")).isEqualTo(Map.of("enabled", true));
        assertThat(plan.deviations()).singleElement().satisfies(d -> {
            assertThat(d.resource()).isEqualTo("salt");
            assertThat(d.reasons()).containsExactly("the secret gets no expiry date: Key Vault expiry is an absolute time and Pont writes"
                    + " nothing that depends on the clock; set pont:saltIssuedOn to the day the value was set (YYYY-MM-DD) to expire"
                    + " it 90 days later");
        });
        assertThat(plan.warnings()).singleElement().asString().contains("pont:salt").contains("pulumi config set --secret");
    }

    @Test
    void theExpiryCountsFromTheIssueDateSoThePlanIsTheSameOnEveryRun() {
        Plan plan = preview(STACK, Map.of("pont:saltIssuedOn", "2026-11-28"));
        long expected = LocalDate.of(2026, 11, 28).plusDays(90).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        assertThat(at(named(plan, "salt-secret"), "properties.attributes")).isEqualTo(Map.of("enabled", true, "expires", expected));
        assertThat(plan.deviations()).isEmpty();
        assertThat(Json.pretty(preview(STACK, Map.of("pont:saltIssuedOn", "2026-11-28")))).isEqualTo(Json.pretty(plan));
    }

    @Test
    void aMalformedIssueDateIsAnError() {
        assertThatThrownBy(() -> preview(STACK, Map.of("pont:saltIssuedOn", "28/11/2026")))
                .isInstanceOf(PontException.class)
                .hasMessage("target azure, secret 'salt': config value pont:saltIssuedOn '28/11/2026' is not a date: set it to the day"
                        + " the secret value was set, as YYYY-MM-DD");
    }

    @Test
    void anExpiryBeyondWhatTheSdkCanCarryIsADeviationNotAnOverflow() {
        Plan plan = preview(STACK, Map.of("pont:saltIssuedOn", "2037-12-01"));
        assertThat(at(named(plan, "salt-secret"), "properties.attributes")).isEqualTo(Map.of("enabled", true));
        assertThat(plan.deviations()).singleElement().satisfies(d -> assertThat(d.reasons().get(0)).contains("2038-03-01 is after 2038-01-19"));
    }
}
