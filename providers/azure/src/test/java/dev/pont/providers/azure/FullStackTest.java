package dev.pont.providers.azure;

import static dev.pont.providers.azure.Previews.SSH_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.json.Json;
import dev.pont.core.plan.Deviation;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.preview.Preview;
import dev.pont.core.preview.PreviewConfig;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every service at once, shaped like the reference health-data stack: what holds across the whole plan. */
class FullStackTest {
    static final String SALT = "salt-7c1e-must-never-appear";
    static final PreviewConfig CONFIG = new PreviewConfig(Map.of("pont:adminSshPublicKey", SSH_KEY, "pont:pseudonymisationSalt", SALT,
            "pont:pseudonymisationSaltIssuedOn", "2026-11-28"), Set.of("pont:pseudonymisationSalt"));

    static Plan plan;

    @BeforeAll
    static void previewOnce() {
        plan = Preview.of(FullStack.HEALTH_DATA, new AzureAdapter(), CONFIG);
    }

    @Test
    void theEngineAcceptsEveryRegistrationAndOutputWithoutWarnings() {
        assertThat(plan.warnings()).isEmpty();
        assertThat(plan.cloudResources()).hasSizeGreaterThan(80);
        assertThat(plan.cloudResources()).allMatch(r -> r.type().startsWith("azure-native:"));
        // Every Azure resource has the id Azure would give it.
        assertThat(plan.cloudResources()).allSatisfy(r -> assertThat(r.id()).as(r.name()).startsWith("/subscriptions/" + AzurePreview.ZERO + "/"));
    }

    @Test
    void everyAzureResourceButTheResourceGroupIsUnderItsPontComponent() {
        var index = plan.index();
        for (PlannedResource r : plan.cloudResources()) {
            if (r.type().equals("azure-native:resources:ResourceGroup")) {
                assertThat(plan.component(r, index)).isEmpty();
            } else {
                assertThat(plan.component(r, index)).as(r.name()).isPresent();
            }
        }
    }

    @Test
    void everyTaggableResourceCarriesTheStackResourceAndDataClassLabels() {
        var index = plan.index();
        for (PlannedResource r : plan.cloudResources()) {
            if (!r.inputs().containsKey("location") || r.type().equals("azure-native:resources:ResourceGroup")) {
                continue;
            }
            assertThat(r.inputs().get("tags")).as(r.name()).isInstanceOf(Map.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> tags = (Map<String, Object>) r.inputs().get("tags");
            String owner = r.parent() != null && index.get(r.parent()).type().equals("pont:network:Network")
                    ? index.get(r.parent()).name() : plan.component(r, index).orElseThrow().name();
            assertThat(tags).as(r.name()).containsEntry("pont-stack", "demo").containsEntry("pont-resource", owner)
                    .containsEntry("data-class", "health");
        }
    }

    @Test
    void theSecretValueNeverAppearsAndThePlanIsTheSameOnEveryRun() {
        String json = Json.pretty(plan);
        assertThat(json).doesNotContain(SALT);
        assertThat(Json.pretty(Preview.of(FullStack.HEALTH_DATA, new AzureAdapter(), CONFIG))).isEqualTo(json);
    }

    @Test
    void theDeviationsAreTheOnesAzureCannotAvoid() {
        assertThat(plan.deviations()).extracting(Deviation::resource).containsExactly(
                "analysis", "analysis-runner", "audit", "catalog", "datasets", "ingestion");
    }

    @Test
    void globallyUniqueNamesAreAzureLegal() {
        for (PlannedResource r : plan.cloudResources()) {
            switch (r.type()) {
                case "azure-native:storage:StorageAccount" -> assertThat(String.valueOf(r.inputs().get("accountName"))).matches("[a-z0-9]{3,24}");
                case "azure-native:keyvault:Vault" -> assertThat(String.valueOf(r.inputs().get("vaultName")))
                        .matches("[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]").doesNotContain("--");
                case "azure-native:dbforpostgresql:Server" -> assertThat(String.valueOf(r.inputs().get("serverName")))
                        .matches("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]");
                case "azure-native:network:SecurityRule" -> assertThat(String.valueOf(r.inputs().get("securityRuleName")).length()).isLessThanOrEqualTo(80);
                default -> { }
            }
        }
    }
}
