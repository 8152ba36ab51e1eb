package dev.pont.providers.azure.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.facts.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PostgreSQL and MySQL flexible servers, their parameters and firewall rules; Azure SQL is not PostgreSQL. */
class DatabaseFactsTest {
    static final Estate ESTATE = Estate.load("databases");

    @Test
    void aPrivateHighlyAvailableServerStatesItsSizeBackupsAndCustomerKey() {
        var server = ESTATE.fact("psql-dossiers");
        assertThat(server.role()).isEqualTo("database");
        assertThat(server.properties())
                .containsEntry("version", "15")
                .containsEntry("vcpu", 4)
                .containsEntry("memoryGiB", 32)
                .containsEntry("sizeGiB", 512)
                .containsEntry("highAvailability", true)
                .containsEntry("zoneRedundant", false)
                .containsEntry("backupRetentionDays", 30)
                .containsEntry("publicEndpoint", false)
                .containsEntry("encryptedAtRest", true)
                .containsEntry("keyCustody", "customer")
                .containsEntry("httpsOnly", true)
                .containsEntry("location", "francecentral");
    }

    @Test
    void aTlsParameterReplacesTheServerDefault() {
        assertThat(ESTATE.fact("psql-dossiers").properties()).doesNotContainKey("tlsMinimum");
        assertThat(ESTATE.fact("psql-dossiers-tls13").properties()).containsEntry("tlsMinimum", 1.3);
        assertThat(ESTATE.alone("psql-dossiers").properties()).containsEntry("tlsMinimum", 1.2);
    }

    @Test
    void aDefaultServerIsPublicKeepsSevenDaysOfBackupAndUsesMicrosoftsKey() {
        assertThat(ESTATE.fact("psql-reporting").properties())
                .containsEntry("publicEndpoint", true)
                .containsEntry("backupRetentionDays", 7)
                .containsEntry("highAvailability", false)
                .containsEntry("keyCustody", "provider")
                .containsEntry("vcpu", 2)
                .containsEntry("memoryGiB", 8);
    }

    @Test
    void tls10AndOptionalTlsBringTheFloorDown() {
        assertThat(ESTATE.fact("psql-reporting-tls").properties()).containsEntry("tlsMinimum", 1.0);
        assertThat(ESTATE.fact("psql-reporting-plaintext").properties()).containsEntry("tlsMinimum", 0.0).containsEntry("httpsOnly", false);
        var combined = Facts.combine(List.of(ESTATE.fact("psql-reporting"), ESTATE.fact("psql-reporting-tls"), ESTATE.fact("psql-reporting-plaintext")));
        assertThat(combined).containsEntry("tlsMinimum", 0.0).containsEntry("httpsOnly", false);
    }

    @Test
    void firewallRulesAdmitRangesAsCidrs() {
        assertThat(ESTATE.fact("office").properties()).containsEntry("allowedCidrs", List.of("198.51.100.0/25", "198.51.100.128/31", "198.51.100.130/32"));
        assertThat(ESTATE.fact("allow-azure").properties()).containsEntry("allowedCidrs", List.of("azure-services"));
    }

    @Test
    void mysqlIsADatabaseWhoseVersionNeverPassesForPostgres() {
        assertThat(ESTATE.fact("mysql-shop").role()).isEqualTo("database");
        assertThat(ESTATE.fact("mysql-shop").properties())
                .containsEntry("version", "mysql-8.0.21").containsEntry("vcpu", 2).containsEntry("memoryGiB", 8)
                .containsEntry("zoneRedundant", true).doesNotContainKey("tlsMinimum");
        assertThat(ESTATE.fact("mysql-shop-tls").properties()).containsEntry("tlsMinimum", 1.2);
    }

    @Test
    void azureSqlIsSqlServerNotTheNeutralDatabase() {
        for (String name : List.of("sql-erp", "erp", "erp-office")) {
            assertThat(ESTATE.fact(name).mapped()).as(name).isFalse();
            assertThat(ESTATE.fact(name).reason()).as(name).startsWith("lock-in: ");
        }
        assertThat(ESTATE.fact("erp").reason()).contains("not equivalent to the neutral PostgreSQL database");
    }

    @Test
    void versionPinnedTokensReadAsTheirTypeButRetiredSingleServersDoNot() {
        var pinned = ESTATE.fact("psql-pinned");
        assertThat(pinned.type()).isEqualTo("azure-native:dbforpostgresql/v20221201:Server");
        assertThat(pinned.role()).isEqualTo("database");
        assertThat(pinned.properties()).containsEntry("version", "16").containsEntry("vcpu", 2).containsEntry("memoryGiB", 8);
        assertThat(ESTATE.fact("psql-single").mapped()).isFalse();
        assertThat(ESTATE.fact("psql-single").reason()).startsWith("lock-in: an Azure Database single server (retired");
    }
}
