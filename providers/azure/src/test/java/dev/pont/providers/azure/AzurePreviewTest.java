package dev.pont.providers.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The offline preview's answers, without the engine. */
class AzurePreviewTest {
    final AzureAdapter adapter = new AzureAdapter();

    @Test
    void armIdsAndComputedOutputsFromTheInputs() {
        Map<String, Object> out = adapter.outputs("azure-native:keyvault:Key", "keys-key-cmk",
                Map.of("resourceGroupName", "rg-demo", "vaultName", "kv-keys-1a2b3c", "keyName", "cmk"));
        assertThat(out).containsEntry("id", "/subscriptions/" + AzurePreview.ZERO
                        + "/resourceGroups/rg-demo/providers/Microsoft.KeyVault/vaults/kv-keys-1a2b3c/keys/cmk")
                .containsEntry("name", "cmk")
                .containsEntry("keyUri", "https://kv-keys-1a2b3c.vault.azure.net/keys/cmk");
        assertThat(String.valueOf(out.get("keyUriWithVersion"))).matches("https://kv-keys-1a2b3c\\.vault\\.azure\\.net/keys/cmk/[0-9a-f]{32}");
        assertThat(adapter.outputs("azure-native:keyvault:Key", "keys-key-cmk",
                Map.of("resourceGroupName", "rg-demo", "vaultName", "kv-keys-1a2b3c", "keyName", "cmk"))).isEqualTo(out);
    }

    @Test
    void nestedOutputsKeepTheNestedInputsAzureEchoes() {
        Map<String, Object> out = adapter.outputs("azure-native:keyvault:Vault", "keys-vault",
                Map.of("resourceGroupName", "rg-demo", "vaultName", "kv-keys-1a2b3c", "properties", Map.of("tenantId", "t")));
        assertThat(out.get("properties")).isEqualTo(Map.of("tenantId", "t", "vaultUri", "https://kv-keys-1a2b3c.vault.azure.net/"));
    }

    @Test
    void userAssignedIdentitiesComeBackAsAMapById() {
        Map<String, Object> out = adapter.outputs("azure-native:storage:StorageAccount", "files-account", Map.of(
                "resourceGroupName", "rg-demo", "accountName", "stfiles12345678",
                "identity", Map.of("type", "UserAssigned", "userAssignedIdentities", List.of("/id/one"))));
        @SuppressWarnings("unchecked")
        Map<String, Object> identity = (Map<String, Object>) out.get("identity");
        assertThat(identity).containsEntry("type", "UserAssigned");
        assertThat(identity.get("userAssignedIdentities")).isInstanceOfSatisfying(Map.class,
                byId -> assertThat(byId.keySet()).isEqualTo(java.util.Set.of("/id/one")));
        assertThat(out).containsEntry("primaryEndpoints", Map.of(
                "blob", "https://stfiles12345678.blob.core.windows.net/", "dfs", "https://stfiles12345678.dfs.core.windows.net/",
                "file", "https://stfiles12345678.file.core.windows.net/", "queue", "https://stfiles12345678.queue.core.windows.net/",
                "table", "https://stfiles12345678.table.core.windows.net/", "web", "https://stfiles12345678.z6.web.core.windows.net/"));
    }

    @Test
    void principalIdsAreStableGuidsPerIdentity() {
        Map<String, Object> a = adapter.outputs("azure-native:managedidentity:UserAssignedIdentity", "a",
                Map.of("resourceGroupName", "rg", "resourceName", "a"));
        Map<String, Object> b = adapter.outputs("azure-native:managedidentity:UserAssignedIdentity", "b",
                Map.of("resourceGroupName", "rg", "resourceName", "b"));
        assertThat(String.valueOf(a.get("principalId"))).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(a.get("principalId")).isNotEqualTo(b.get("principalId")).isNotEqualTo(a.get("clientId"));
        assertThat(a).containsEntry("tenantId", AzurePreview.ZERO);
    }

    @Test
    void unknownTypesGetNothingAndAMissingNameIsABug() {
        assertThat(adapter.outputs("azure-native:web:WebApp", "x", Map.of())).isEmpty();
        assertThatThrownBy(() -> adapter.outputs("azure-native:keyvault:Vault", "v", Map.of("resourceGroupName", "rg")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs the string input 'vaultName'");
    }
}
