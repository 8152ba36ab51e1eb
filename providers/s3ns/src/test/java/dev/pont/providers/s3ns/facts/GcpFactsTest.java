package dev.pont.providers.s3ns.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.pont.core.facts.Fact;
import dev.pont.core.facts.Facts;
import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gcp extractor over a small estate shaped like {@code pulumi stack export} ({@code gcp-facts/estate.json}). */
class GcpFactsTest {
    static final GcpFacts EXTRACTOR = new GcpFacts();
    static final Plan PLAN = load("estate");
    static final Map<String, Fact> FACTS = new LinkedHashMap<>();

    static {
        Facts.of(PLAN, List.of(EXTRACTOR)).facts().forEach(f -> FACTS.put(f.name(), f));
    }

    @Test
    void aLockedCmekBucketStatesItsHsmKeyRetentionAndItsInternetFacingApi() {
        assertThat(FACTS.get("locked").role()).isEqualTo("object-store");
        assertThat(FACTS.get("locked").properties())
                .containsEntry("encryptedAtRest", true)
                .containsEntry("keyCustody", "customer-hsm")
                .containsEntry("versioned", false)
                .containsEntry("retentionDays", 3650)
                .containsEntry("retentionLocked", true)
                .containsEntry("publicEndpoint", true)
                .containsEntry("httpsOnly", true)
                .containsEntry("location", "u-france-east1")
                .doesNotContainKey("tlsMinimum");
    }

    @Test
    void aBucketWithoutCmekVersioningOrEnforcedPreventionSaysSo() {
        assertThat(FACTS.get("loose").properties())
                .containsEntry("encryptedAtRest", true)
                .containsEntry("keyCustody", "provider")
                .containsEntry("versioned", false)
                .doesNotContainKey("httpsOnly")
                .doesNotContainKey("retentionDays")
                .doesNotContainKey("location");
    }

    @Test
    void aKeyRingAndItsKeysAreAVaultWithMandatorySoftDelete() {
        assertThat(FACTS.get("ring").properties()).containsEntry("purgeProtection", true).containsEntry("location", "u-france-east1");
        assertThat(FACTS.get("hsm-key").properties()).containsEntry("hsmBacked", true).containsEntry("rotationDays", 90)
                .containsEntry("softDeleteDays", 30);
        assertThat(FACTS.get("plain-key").properties()).containsEntry("hsmBacked", false).doesNotContainKey("rotationDays");
    }

    @Test
    void disksAreEncryptedWithTheKeyTheyName() {
        assertThat(FACTS.get("cmek-disk").properties()).containsEntry("keyCustody", "customer").containsEntry("sizeGiB", 200)
                .containsEntry("location", "u-france-east1").containsEntry("zoneRedundant", false);
        assertThat(FACTS.get("plain-disk").properties()).containsEntry("keyCustody", "provider").doesNotContainKey("sizeGiB");
    }

    @Test
    void instancesStateSizeFromTheirMachineTypeAndPublicIpFromAccessConfigs() {
        assertThat(FACTS.get("web-vm").properties()).containsEntry("vcpu", 4).containsEntry("memoryGiB", 32)
                .containsEntry("publicIp", true).containsEntry("encryptedAtRest", true).containsEntry("keyCustody", "provider");
        assertThat(FACTS.get("custom-vm").properties()).containsEntry("vcpu", 6).containsEntry("memoryGiB", 24).containsEntry("publicIp", false);
        assertThat(FACTS.get("gpu-vm").properties()).doesNotContainKeys("vcpu", "memoryGiB");
    }

    @Test
    void aNetworkWithAnEgressDenyAllDeniesByDefaultAndStatesAllowsFromAnywhere() {
        assertThat(FACTS.get("a-web-in").properties())
                .containsEntry("denyByDefault", true)
                .containsEntry("allowRules", List.of("inbound tcp 80 from any", "inbound tcp 8000-8080 from any"));
    }

    @Test
    void withoutAnEgressDenyAllTheImpliedAllowEgressMeansNoDenyByDefault() {
        assertThat(FACTS.get("b-udp-out").properties())
                .containsEntry("denyByDefault", false)
                .containsEntry("allowRules", List.of("outbound udp * to 10.1.0.0/16"));
        assertThat(FACTS.get("b-ssh-in").properties()).as("behind a deny-all of higher precedence").doesNotContainKey("allowRules");
    }

    @Test
    void aCloudSqlInstanceWithDefaultsIsPublicZonalAndUnbackedUp() {
        assertThat(FACTS.get("shop-db").properties())
                .containsEntry("version", "8.0")
                .containsEntry("vcpu", 2)
                .containsEntry("memoryGiB", 7.5)
                .containsEntry("sizeGiB", 10)
                .containsEntry("highAvailability", false)
                .containsEntry("backupRetentionDays", 0)
                .containsEntry("publicEndpoint", true)
                .containsEntry("privateEndpoint", false)
                .containsEntry("httpsOnly", false)
                .containsEntry("keyCustody", "provider")
                .doesNotContainKey("tlsMinimum");
        assertThat(DatabaseFacts.version("POSTGRES_16")).isEqualTo("16");
        assertThat(DatabaseFacts.version("SQLSERVER_2022_STANDARD")).isEqualTo("2022");
    }

    @Test
    void anAutoReplicatedSecretExpiresButHasNoKnownLocation() {
        assertThat(FACTS.get("api-key").properties()).containsEntry("secretExpiry", true).containsEntry("keyCustody", "provider")
                .doesNotContainKey("location");
    }

    @Test
    void aPublicStandardClusterAdmitsEveryoneAndItsPoolsAreStated() {
        assertThat(FACTS.get("gke").properties()).containsEntry("version", "1.29").containsEntry("privateApi", false)
                .containsEntry("adminCidrs", List.of("0.0.0.0/0")).doesNotContainKey("nodePools");
        assertThat(FACTS.get("gke-pool").properties()).containsEntry("nodePools", List.of("general:1-5"));
    }

    @Test
    void bindingsStateTheGrantOfTheirRoleAndNothingForWriteOnlyRoles() {
        assertThat(FACTS.get("reader").properties()).containsEntry("grants", List.of("read:acme-loose"));
        assertThat(FACTS.get("uploader").role()).isEqualTo("identity-binding");
        assertThat(FACTS.get("uploader").properties()).doesNotContainKey("grants");
    }

    @Test
    void aLogBucketKeepsThirtyDaysByDefaultAndGlobalIsNoRegion() {
        assertThat(FACTS.get("logs").properties()).containsEntry("logRetentionDays", 30).doesNotContainKey("location");
    }

    @Test
    void googleOnlyServicesAreUnmappedAsLockInAndUnknownTypesAsUnknown() {
        assertThat(FACTS.get("warehouse").mapped()).isFalse();
        assertThat(FACTS.get("warehouse").reason()).startsWith("lock-in: BigQuery");
        assertThat(FACTS.get("facts-table").reason()).startsWith("lock-in: BigQuery");
        assertThat(FACTS.get("cache").reason()).startsWith("no neutral role yet: Memorystore");
        assertThat(FACTS.get("mystery").mapped()).isFalse();
        assertThat(FACTS.get("mystery").reason()).isEqualTo("no neutral role is known for gcp:newservice/thing:Thing");
    }

    @Test
    void readAloneACmekBucketIsOnlyKnownToUseACustomerKey() {
        PlannedResource bucket = PLAN.resources().stream().filter(r -> r.name().equals("locked")).findFirst().orElseThrow();
        assertThat(Facts.extract(bucket, List.of(EXTRACTOR)).properties()).containsEntry("keyCustody", "customer");
    }

    @Test
    void everyTypeOfTheGoldenS3nsPlansIsMapped() throws IOException {
        java.nio.file.Path golden = java.nio.file.Path.of("../../stacks/src/test/resources/golden");
        List<java.nio.file.Path> plans;
        try (var files = java.nio.file.Files.list(golden)) {
            plans = files.filter(f -> f.getFileName().toString().endsWith(".s3ns.json")).toList();
        }
        assertThat(plans).isNotEmpty();
        for (java.nio.file.Path file : plans) {
            Map<String, Object> plan = Json.mapper().readValue(file.toFile(), new TypeReference<>() {});
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> resources = (List<Map<String, Object>>) plan.get("resources");
            resources.stream().map(r -> (String) r.get("type")).filter(t -> t.startsWith("gcp:"))
                    .forEach(t -> assertThat(EXTRACTOR.types()).as(file.getFileName() + " type").contains(t));
        }
    }

    private static Plan load(String name) {
        try (InputStream in = GcpFactsTest.class.getResourceAsStream("/gcp-facts/" + name + ".json")) {
            Map<String, Object> export = Json.mapper().readValue(in, new TypeReference<>() {});
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> resources = (List<Map<String, Object>>) ((Map<String, Object>) export.get("deployment")).get("resources");
            List<PlannedResource> planned = new ArrayList<>();
            for (Map<String, Object> r : resources) {
                String urn = (String) r.get("urn");
                @SuppressWarnings("unchecked")
                Map<String, Object> inputs = (Map<String, Object>) r.getOrDefault("inputs", Map.of());
                planned.add(new PlannedResource(urn, (String) r.get("type"), urn.substring(urn.lastIndexOf("::") + 2), null, true,
                        (String) r.get("id"), inputs, null, List.of()));
            }
            return new Plan(name, "s3ns", planned, List.of(), List.of(), List.of());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read fixture " + name, e);
        }
    }
}
