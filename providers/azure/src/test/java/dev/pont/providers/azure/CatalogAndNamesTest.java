package dev.pont.providers.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.catalog.Catalog;
import dev.pont.core.spec.Jurisdiction;
import dev.pont.core.spec.VolumeClass;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The data files as shipped, and the name rules, without previews. */
class CatalogAndNamesTest {
    static final Catalog CATALOG = AzureAdapter.CATALOG;

    @Test
    void theCatalogCoversBothJurisdictionsWithFranceCentralByDefault() {
        assertThat(CATALOG.target()).isEqualTo("azure");
        assertThat(CATALOG.regions().get(Jurisdiction.FR).allowed()).containsExactly("francecentral", "francesouth");
        assertThat(CATALOG.regions().get(Jurisdiction.FR).defaultRegion()).isEqualTo("francecentral");
        assertThat(CATALOG.regions().get(Jurisdiction.EU).allowed()).contains("francecentral", "westeurope")
                .doesNotContain("uksouth", "switzerlandnorth", "norwayeast");
    }

    @Test
    void whatTheSharedDataMarksUnverifiedStaysUnverified() {
        // Flexible-server SKU names and every service version list are unconfirmed in the shared data.
        assertThat(CATALOG.databaseSizes()).isNotEmpty().allMatch(f -> !f.verified());
        assertThat(CATALOG.versionsVerified()).isFalse();
        // Sizes, images and disk SKUs come from cited sources; burstable sizes are left out on purpose.
        assertThat(CATALOG.sizes()).allMatch(Catalog.Flavour::verified).noneMatch(f -> f.name().startsWith("Standard_B"));
        assertThat(CATALOG.images()).containsOnlyKeys("ubuntu-22.04", "ubuntu-24.04", "debian-12");
        assertThat(CATALOG.volumeClasses().get(VolumeClass.PERFORMANCE_SSD).value()).isEqualTo("Premium_LRS");
    }

    @Test
    void everyDatabaseSizeHasATier() {
        for (Catalog.Flavour f : CATALOG.databaseSizes()) {
            assertThat(AzureAdapter.RULES.postgresTiers()).as(f.name()).containsKey(f.name().substring(9, 10));
        }
    }

    @Test
    void worldwideNamesFitAzureRulesEvenForLongResourceNames() {
        String longName = "a-very-long-resource-name-of-forty-chars";
        assertThat(AzureNames.storageAccount("sub", "stack", longName)).matches("[a-z0-9]{3,24}");
        assertThat(AzureNames.keyVault("sub", "stack", longName)).matches("kv-[a-z0-9-]{1,19}[a-z0-9]").hasSizeLessThanOrEqualTo(24)
                .doesNotContain("--");
        assertThat(AzureNames.keyVault("sub", "stack", "x--y")).doesNotContain("--");
        assertThat(AzureNames.postgresServer("sub", "stack", longName)).hasSizeLessThanOrEqualTo(63).matches("[a-z0-9-]+");
        assertThat(AzureNames.dnsPrefix("sub", "stack", longName)).hasSizeLessThanOrEqualTo(54);
        assertThat(AzureNames.container("ab")).isEqualTo("ab-data");
        assertThat(AzureNames.fit("x".repeat(100), 80)).hasSize(80);
    }

    @Test
    void worldwideNamesDependOnSubscriptionStackAndResource() {
        List<String> names = List.of(
                AzureNames.storageAccount("sub-1", "stack", "files"),
                AzureNames.storageAccount("sub-2", "stack", "files"),
                AzureNames.storageAccount("sub-1", "other", "files"),
                AzureNames.storageAccount("sub-1", "stack", "logs"));
        assertThat(names).doesNotHaveDuplicates();
        assertThat(AzureNames.storageAccount("sub-1", "stack", "files")).isEqualTo(names.get(0));
        assertThat(AzureNames.roleAssignment("sub", "stack", "a")).matches("[0-9a-f-]{36}")
                .isEqualTo(AzureNames.roleAssignment("sub", "stack", "a")).isNotEqualTo(AzureNames.roleAssignment("sub", "stack", "b"));
    }
}
