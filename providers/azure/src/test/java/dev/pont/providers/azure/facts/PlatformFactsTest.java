package dev.pont.providers.azure.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Audit logs, lock-in services, and what happens to types nobody knows. */
class PlatformFactsTest {
    static final Estate ESTATE = Estate.load("platform");

    @Test
    void aWorkspaceKeepsLogsThirtyDaysUnlessToldOtherwise() {
        assertThat(ESTATE.fact("log-platform").role()).isEqualTo("audit-log");
        assertThat(ESTATE.fact("log-platform").properties())
                .containsEntry("logRetentionDays", 30).containsEntry("publicEndpoint", true).containsEntry("location", "francecentral");
        assertThat(ESTATE.fact("log-security").properties())
                .containsEntry("logRetentionDays", 730).containsEntry("publicEndpoint", false);
    }

    @Test
    void aDiagnosticSettingLogsItsResourceOnlyWhenItSendsLogs() {
        assertThat(ESTATE.fact("kv-to-log").properties()).containsEntry("loggedResources",
                List.of("/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-keys/providers/Microsoft.KeyVault/vaults/kv-hds"));
        assertThat(ESTATE.fact("metrics-only").role()).isEqualTo("audit-log");
        assertThat(ESTATE.fact("metrics-only").properties()).doesNotContainKey("loggedResources");
    }

    @Test
    void flowLogsAuditTheirSecurityGroup() {
        assertThat(ESTATE.fact("flow-web").properties())
                .containsEntry("logRetentionDays", 90)
                .containsEntry("loggedResources", List.of("/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-net/providers/Microsoft.Network/networkSecurityGroups/nsg-web"));
    }

    @Test
    void lockInServicesAreUnmappedWithAReasonAMigrationArchitectCanUse() {
        assertThat(ESTATE.fact("dbw-analytics").mapped()).isFalse();
        assertThat(ESTATE.fact("dbw-analytics").reason()).startsWith("lock-in: Azure Databricks is a Microsoft-operated Spark platform");
        assertThat(ESTATE.fact("cosmos-events").reason()).startsWith("lock-in: Azure Cosmos DB");
        assertThat(ESTATE.fact("app-portal").reason()).startsWith("lock-in: App Service / Azure Functions");
        assertThat(ESTATE.fact("fhir-dossiers").reason()).startsWith("lock-in: the Azure FHIR service");
    }

    @Test
    void everyResourceOfALockInServiceIsALockInToo() {
        assertThat(ESTATE.fact("events").reason()).isEqualTo("lock-in: an Azure Cosmos DB resource: Cosmos DB has no SecNumCloud equivalent");
        assertThat(ESTATE.fact("evh-ingest").reason()).startsWith("lock-in: Event Hubs is a Microsoft-managed event stream");
    }

    @Test
    void anUnknownAzureTypeIsUnmappedNotDropped() {
        assertThat(ESTATE.fact("mover").mapped()).isFalse();
        assertThat(ESTATE.fact("mover").reason()).isEqualTo("no neutral role is known for azure-native:storagemover:StorageMover");
    }

    @Test
    void anotherPackageIsLeftToItsOwnExtractor() {
        assertThat(ESTATE.fact("portal").reason()).isEqualTo("no fact extractor reads the azuread package");
    }

    @Test
    void theStackAndProviderInstancesAreNotCloudResources() {
        assertThat(ESTATE.facts()).extracting(f -> f.name()).doesNotContain("platform-prod", "default_2_10_0");
    }
}
