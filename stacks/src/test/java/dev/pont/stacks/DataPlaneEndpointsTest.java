package dev.pont.stacks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.adapter.DataPlaneEndpoints;
import dev.pont.core.json.Json;
import dev.pont.core.preview.Preview;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stack output {@code pontEndpoints} of the health-data reference stack on every target, from
 * the offline preview (the in-process engine's stack outputs; values come from the adapters'
 * preview outputs). The live probes read exactly these fields.
 */
class DataPlaneEndpointsTest {
    static final Set<String> S3 = Set.of("kind", "url", "region", "bucket");
    static final Set<String> AZURE_BLOB = Set.of("kind", "url", "account", "container");
    static final Set<String> POSTGRES = Set.of("kind", "host", "port", "database");

    static Preview.Outcome preview(String target) {
        return Preview.outcome(StackRegistry.get("health-data"), Targets.create(target), ReferencePlansTest.config(target));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> endpoints(Preview.Outcome outcome) {
        assertThat(outcome.outputs()).containsKey(DataPlaneEndpoints.OUTPUT);
        return (Map<String, Map<String, Object>>) outcome.outputs().get(DataPlaneEndpoints.OUTPUT);
    }

    static Iterable<String> targets() {
        return Targets.ids();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void everyObjectStoreAndDatabaseHasItsEndpointAndNothingSecret(String target) {
        Preview.Outcome outcome = preview(target);
        Map<String, Map<String, Object>> endpoints = endpoints(outcome);
        // Object stores and databases only: not the key vault, the cluster, nor Outscale's audit-log bucket.
        assertThat(endpoints).containsOnlyKeys("datasets", "catalog");
        endpoints.values().forEach(fields -> fields.forEach((key, value) ->
                assertThat(value).as("%s.%s on %s", key, fields, target).isInstanceOfAny(String.class, Integer.class)));
        String json = Json.pretty(outcome.outputs().get(DataPlaneEndpoints.OUTPUT));
        assertThat(json.toLowerCase()).doesNotContain("password", "secret", "placeholder", "redacted", "accesskey", "sig=", "pepper");

        Map<String, Object> datasets = endpoints.get("datasets");
        Map<String, Object> catalog = endpoints.get("catalog");
        assertThat(catalog.get("kind")).isEqualTo("postgres");
        assertThat(catalog.keySet()).containsAll(POSTGRES);
        switch (target) {
            case "azure" -> {
                assertThat(datasets.keySet()).isEqualTo(AZURE_BLOB);
                assertThat(datasets).containsEntry("kind", "azure-blob")
                        .containsEntry("url", "https://" + datasets.get("account") + ".blob.core.windows.net");
                assertThat((String) datasets.get("account")).matches("[a-z0-9]{3,24}");
                assertThat((String) datasets.get("container")).isNotBlank();
                assertThat(catalog.keySet()).isEqualTo(POSTGRES); // Entra ID logins: no user to export
                assertThat((String) catalog.get("host")).endsWith(".postgres.database.azure.com");
                assertThat(catalog).containsEntry("port", 5432).containsEntry("database", "postgres");
            }
            case "ovhcloud" -> {
                assertThat(datasets.keySet()).isEqualTo(S3);
                assertThat((String) datasets.get("region")).matches("[a-z0-9-]+");
                assertThat(datasets).containsEntry("kind", "s3")
                        .containsEntry("url", "https://s3." + datasets.get("region") + ".io.cloud.ovh.net");
                assertThat((String) datasets.get("bucket")).isNotBlank().doesNotContain("/");
                assertThat((String) catalog.get("host")).endsWith(".database.cloud.ovh.net");
                assertThat(catalog).containsEntry("port", 20184).containsEntry("database", "defaultdb");
            }
            case "outscale" -> {
                assertThat(datasets.keySet()).isEqualTo(S3);
                assertThat(datasets).containsEntry("kind", "s3")
                        .containsEntry("url", "https://oos." + datasets.get("region") + ".outscale.com");
                assertThat((String) datasets.get("bucket")).isNotBlank().doesNotContain("/");
                assertThat(catalog.keySet()).isEqualTo(Set.of("kind", "host", "port", "database", "user"));
                // The database VM's private IP (the preview's mock answers an address outside the subnet).
                assertThat((String) catalog.get("host")).matches("10\\.\\d+\\.\\d+\\.\\d+");
                assertThat(catalog).containsEntry("port", 5432).containsEntry("database", "postgres").containsEntry("user", "postgres");
            }
            case "s3ns" -> {
                assertThat(datasets.keySet()).isEqualTo(S3);
                assertThat(datasets).containsEntry("kind", "s3").containsEntry("url", "https://storage.s3nsapis.fr").containsEntry("region", "auto");
                assertThat((String) datasets.get("bucket")).isNotBlank().doesNotContain("/");
                assertThat(catalog.keySet()).isEqualTo(POSTGRES); // IAM database logins: no user to export
                assertThat((String) catalog.get("host")).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
                assertThat(catalog).containsEntry("port", 5432).containsEntry("database", "postgres");
            }
            default -> throw new AssertionError("no expectations for target " + target);
        }
    }

    @Test
    void theOutputIsTheSameOnEveryRun() {
        assertThat(Json.pretty(preview("outscale").outputs())).isEqualTo(Json.pretty(preview("outscale").outputs()));
    }

    @Test
    void theStarterStackExportsExactlyItsObjectStoresAndDatabases() {
        Preview.Outcome outcome = Preview.outcome(StackRegistry.get("starter"), Targets.create("azure"), ReferencePlansTest.config("azure"));
        Map<String, Map<String, Object>> endpoints = endpoints(outcome);
        var intent = outcome.plan().resources().stream()
                .filter(r -> r.type().equals("pont:storage:ObjectStore") || r.type().equals("pont:database:Database"))
                .map(r -> r.name()).toList();
        assertThat(intent).isNotEmpty();
        assertThat(endpoints.keySet()).containsExactlyInAnyOrderElementsOf(intent);
    }
}
