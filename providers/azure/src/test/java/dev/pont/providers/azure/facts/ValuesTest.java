package dev.pont.providers.azure.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Azure's notations read into neutral values: sizes, TLS versions, durations, prefixes, regions. */
class ValuesTest {

    @Test
    void sizeNamesReadWithTheNamingConvention() {
        assertThat(MachineSizes.of("Standard_D4ds_v5")).contains(new MachineSizes.Size(4, 16));
        assertThat(MachineSizes.of("Standard_D2s_v5")).contains(new MachineSizes.Size(2, 8));
        assertThat(MachineSizes.of("Standard_E8s_v5")).contains(new MachineSizes.Size(8, 64));
        assertThat(MachineSizes.of("Standard_E8-2ds_v5")).as("constrained vCPUs keep the memory").contains(new MachineSizes.Size(2, 64));
        assertThat(MachineSizes.of("Standard_D8pls_v5")).as("low memory").contains(new MachineSizes.Size(8, 16));
        assertThat(MachineSizes.of("Standard_F16s_v2")).contains(new MachineSizes.Size(16, 32));
        assertThat(MachineSizes.of("Standard_L8s_v3")).contains(new MachineSizes.Size(8, 64));
    }

    @Test
    void burstableAndOldSeriesComeFromTheTable() {
        assertThat(MachineSizes.of("Standard_B1ms")).contains(new MachineSizes.Size(1, 2));
        assertThat(MachineSizes.of("standard_b2s")).contains(new MachineSizes.Size(2, 4));
        assertThat(MachineSizes.of("Standard_B2ts_v2")).contains(new MachineSizes.Size(2, 1));
        assertThat(MachineSizes.of("Standard_DS3_v2")).as("Dv2 numbers are not vCPU counts").contains(new MachineSizes.Size(4, 14));
    }

    @Test
    void sizesTheDataDoesNotCoverGiveNothingRatherThanAGuess() {
        assertThat(MachineSizes.of("Standard_E96s_v5")).as("above the series ratio").isEmpty();
        assertThat(MachineSizes.of("Standard_M128ms")).isEmpty();
        assertThat(MachineSizes.of("Standard_NC24ads_A100_v4")).isEmpty();
        assertThat(MachineSizes.of("Standard_D4ts_v5")).as("unknown feature letter").isEmpty();
        assertThat(MachineSizes.of("Standard_E4ls_v5")).as("no low-memory E series").isEmpty();
        assertThat(MachineSizes.of("GP_Gen5_4")).isEmpty();
        assertThat(MachineSizes.of(null)).isEmpty();
    }

    @Test
    void tlsVersionsInEveryAzureSpelling() {
        assertThat(Values.tls("TLS1_2")).isEqualTo(1.2);
        assertThat(Values.tls("TLSv1.3")).isEqualTo(1.3);
        assertThat(Values.tls("TLSv1")).isEqualTo(1.0);
        assertThat(Values.tls("TLS1_0")).isEqualTo(1.0);
        assertThat(Values.tls("1.2")).isEqualTo(1.2);
        assertThat(Values.tls("SSLv3")).isNull();
        assertThat(Values.tls(null)).isNull();
    }

    @Test
    void rotationDurations() {
        assertThat(Values.days("P365D")).isEqualTo(365);
        assertThat(Values.days("P1Y")).isEqualTo(365);
        assertThat(Values.days("P6M")).isEqualTo(180);
        assertThat(Values.days("P2W")).isEqualTo(14);
        assertThat(Values.days("P1Y30D")).isEqualTo(395);
        assertThat(Values.days("PT12H")).isNull();
        assertThat(Values.days("P")).isNull();
    }

    @Test
    void prefixesAndRegions() {
        assertThat(Values.cidr("10.0.0.4")).isEqualTo("10.0.0.4/32");
        assertThat(Values.cidr(" 10.20.0.0/16 ")).isEqualTo("10.20.0.0/16");
        assertThat(Values.cidr("AzureCloud.francecentral")).isEqualTo("AzureCloud.francecentral");
        assertThat(Values.cidr("10.0.0.5/24")).as("host bits set: kept as written").isEqualTo("10.0.0.5/24");
        assertThat(Values.region("France Central")).isEqualTo("francecentral");
        assertThat(Values.region(" ")).isNull();
        assertThat(Values.region("global")).as("not a region").isNull();
    }

    @Test
    void versionPinnedTokens() {
        assertThat(AzureFacts.canonical("azure-native:storage/v20230101:StorageAccount")).isEqualTo("azure-native:storage:StorageAccount");
        assertThat(AzureFacts.canonical("azure-native:storage:StorageAccount")).isEqualTo("azure-native:storage:StorageAccount");
        assertThat(AzureFacts.canonical("azure-native:dbforpostgresql/v20171201:Server")).isEqualTo("azure-native:dbforpostgresql/v20171201:Server");
    }
}
