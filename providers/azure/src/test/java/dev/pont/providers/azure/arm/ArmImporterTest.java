package dev.pont.providers.azure.arm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.PontException;
import dev.pont.core.facts.Fact;
import dev.pont.core.facts.Facts;
import dev.pont.core.importer.Format;
import dev.pont.core.importer.ImportedPlan;
import dev.pont.core.importer.PlanImporter;
import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.plan.Secrets;
import dev.pont.core.plan.Unknowns;
import dev.pont.providers.azure.facts.AzureFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ARM template importer: type mapping, names, nested children, flattening, renames, expressions, secrets, errors. */
class ArmImporterTest {
    static final String SCHEMA = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";

    @TempDir
    Path dir;

    private ImportedPlan read(String template) throws IOException {
        Path file = dir.resolve("estate.arm.json");
        Files.writeString(file, template);
        return PlanImporter.read(file, null, List.of(new ArmImporter()));
    }

    private static String template(String resources) {
        return "{\"$schema\": \"" + SCHEMA + "\", \"contentVersion\": \"1.0.0.0\", "
                + "\"parameters\": {\"prefix\": {\"type\": \"string\", \"defaultValue\": \"hds\"}, \"tls\": {\"type\": \"string\"}}, "
                + "\"variables\": {\"account\": \"[concat(parameters('prefix'), 'data')]\"}, \"resources\": " + resources + "}";
    }

    private static PlannedResource named(Plan plan, String name) {
        return plan.resources().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyListedTypeMapsToATokenTheAzureExtractorKnows() {
        AzureFacts facts = new AzureFacts();
        ArmTypes types = ArmTypes.load();
        assertThat(types.byLowerType()).hasSizeGreaterThan(100);
        for (ArmTypes.Entry entry : types.byLowerType().values()) {
            PlannedResource r = new PlannedResource("urn:pulumi:s::p::" + entry.token() + "::x", entry.token(), "x", null, true, null,
                    Map.of(), null, List.of());
            Fact fact = Facts.extract(r, List.of(facts));
            assertThat(fact.mapped() || fact.reason().startsWith("lock-in: ") || fact.reason().startsWith("no neutral role yet: "))
                    .as("%s -> %s: %s", entry.armType(), entry.token(), fact.reason()).isTrue();
        }
    }

    @Test
    void unlistedTypesGetTheTokenAzureNativeNamingGives() {
        assertThat(ArmTypes.derivedToken("Microsoft.Contoso/widgetGroups")).isEqualTo("azure-native:contoso:WidgetGroup");
        assertThat(ArmTypes.derivedToken("Microsoft.Contoso/widgetGroups/policies")).isEqualTo("azure-native:contoso:Policy");
        assertThat(ArmTypes.derivedToken("Microsoft.Contoso/addresses")).isEqualTo("azure-native:contoso:Address");
        assertThat(ArmTypes.derivedToken("Microsoft.Contoso/boxes")).isEqualTo("azure-native:contoso:Box");
        assertThat(ArmTypes.derivedToken("Microsoft.Contoso/access")).isEqualTo("azure-native:contoso:Access");
        assertThat(ArmTypes.load().of("MICROSOFT.STORAGE/STORAGEACCOUNTS").token()).isEqualTo("azure-native:storage:StorageAccount");
    }

    @Test
    void namesAreEvaluatedFromLiteralsParametersAndVariablesOnly() {
        ArmExpressions e = new ArmExpressions(Json.mapper().valueToTree(Map.of("p", Map.of("defaultValue", "hds"),
                "noDefault", Map.of("type", "string"))), Json.mapper().valueToTree(Map.of("v", "[concat(parameters('p'), '-x')]")));
        assertThat(e.resolve("plain")).contains("plain");
        assertThat(e.resolve("[[literal]")).contains("[literal]");
        assertThat(e.resolve("[variables('v')]")).contains("hds-x");
        assertThat(e.resolve("[format('{0}-{1}', parameters('p'), 'kv')]")).contains("hds-kv");
        assertThat(e.resolve("[toLower(concat('A', 'B'))]")).contains("ab");
        assertThat(e.resolve("[concat('it''s', '')]")).contains("it's");
        assertThat(e.resolve("[parameters('noDefault')]")).isEmpty();
        assertThat(e.resolve("[uniqueString(resourceGroup().id)]")).isEmpty();
        assertThat(e.resolve("[concat(resourceGroup().location, 'x')]")).isEmpty();
        assertThat(e.resolve("[concat('unterminated)]")).isEmpty();
        assertThat(e.resourceId("[resourceId('Microsoft.KeyVault/vaults/keys', parameters('p'), 'k1')]")).contains("Microsoft.KeyVault/vaults/keys/hds/k1");
        assertThat(e.resourceId("[resourceId('rg', 'Microsoft.Network/virtualNetworks', 'vnet')]")).contains("Microsoft.Network/virtualNetworks/vnet");
        assertThat(e.resourceId("[resourceId('Microsoft.Network/virtualNetworks', parameters('noDefault'))]")).isEmpty();
    }

    @Test
    void nestedChildrenTakeTheirParentsTypeNameAndDependency() throws IOException {
        Plan plan = read(template("[{\"type\": \"Microsoft.Storage/storageAccounts\", \"name\": \"[variables('account')]\", "
                + "\"location\": \"francecentral\", \"sku\": {\"name\": \"Standard_ZRS\"}, \"kind\": \"StorageV2\", "
                + "\"resources\": [{\"type\": \"blobServices\", \"name\": \"default\", \"properties\": {\"isVersioningEnabled\": true}, "
                + "\"resources\": [{\"type\": \"containers\", \"name\": \"cohorts\", \"properties\": {\"publicAccess\": \"None\"}}]}]}]")).plan();
        assertThat(plan.stack()).isEqualTo("estate");
        assertThat(plan.resources()).extracting(PlannedResource::type).containsExactlyInAnyOrder("pulumi:pulumi:Stack",
                "azure-native:storage:StorageAccount", "azure-native:storage:BlobServiceProperties", "azure-native:storage:BlobContainer");
        PlannedResource container = named(plan, "hdsdata/default/cohorts");
        assertThat(container.inputs()).isEqualTo(Map.of("accountName", "hdsdata", "containerName", "cohorts", "publicAccess", "None"));
        assertThat(container.dependencies()).containsExactly(named(plan, "hdsdata/default").urn());
        assertThat(named(plan, "hdsdata/default").inputs()).containsEntry("blobServicesName", "default").containsEntry("isVersioningEnabled", true);
        assertThat(named(plan, "hdsdata").inputs()).containsEntry("sku", Map.of("name", "Standard_ZRS")).containsEntry("kind", "StorageV2")
                .containsEntry("location", "francecentral");
    }

    @Test
    void propertiesAreLiftedAndRenamedToAzureNativeInputs() throws IOException {
        Plan plan = read(template("[{\"type\": \"Microsoft.Storage/storageAccounts\", \"name\": \"data\", \"properties\": {"
                + "\"supportsHttpsTrafficOnly\": false, \"networkAcls\": {\"defaultAction\": \"Deny\", \"ipRules\": [{\"value\": \"1.2.3.4\"}]}, "
                + "\"encryption\": {\"keySource\": \"Microsoft.Keyvault\", \"keyvaultproperties\": {\"keyname\": \"k\", \"keyvaulturi\": \"https://v.vault.azure.net/\"}}}}, "
                + "{\"type\": \"Microsoft.Network/virtualNetworks\", \"name\": \"vnet\", \"properties\": {\"subnets\": "
                + "[{\"name\": \"a\", \"properties\": {\"addressPrefix\": \"10.0.0.0/24\"}}]}}, "
                + "{\"type\": \"Microsoft.KeyVault/vaults\", \"name\": \"kv\", \"properties\": {\"enablePurgeProtection\": true}}, "
                + "{\"type\": \"Microsoft.KeyVault/vaults/secrets\", \"name\": \"kv/s\", \"properties\": {\"value\": \"hunter2\", "
                + "\"attributes\": {\"exp\": 1893456000}}}, {\"type\": \"Microsoft.Sql/servers\", \"name\": \"sql\", \"properties\": "
                + "{\"administratorLoginPassword\": \"p4ssw0rd\", \"keyVaultSecretName\": \"kept\", \"storageAccessKey\": \"[parameters('k')]\"}}]")).plan();
        PlannedResource account = named(plan, "data");
        assertThat(account.inputs()).containsEntry("enableHttpsTrafficOnly", false).doesNotContainKey("supportsHttpsTrafficOnly")
                .doesNotContainKey("properties").containsKey("networkRuleSet");
        assertThat(Json.mapper().valueToTree(account.inputs()).at("/encryption/keyVaultProperties/keyVaultUri").asText())
                .isEqualTo("https://v.vault.azure.net/");
        assertThat(named(plan, "vnet").inputs().get("subnets")).isEqualTo(List.of(Map.of("name", "a", "addressPrefix", "10.0.0.0/24")));
        assertThat(named(plan, "kv").inputs()).containsEntry("properties", Map.of("enablePurgeProtection", true));
        PlannedResource secret = named(plan, "kv/s");
        assertThat(secret.inputs()).containsEntry("properties", Map.of("value", Secrets.REDACTED, "attributes", Map.of("expires", 1893456000)));
        assertThat(named(plan, "sql").inputs()).containsEntry("administratorLoginPassword", Secrets.REDACTED)
                .containsEntry("keyVaultSecretName", "kept").containsEntry("storageAccessKey", Unknowns.UNKNOWN);
        assertThat(Json.pretty(plan)).doesNotContain("hunter2").doesNotContain("p4ssw0rd");
        Fact fact = Facts.extract(account, plan, List.of(new AzureFacts()));
        assertThat(fact.properties()).containsEntry("httpsOnly", false).containsEntry("allowedCidrs", List.of("1.2.3.4/32"))
                .containsEntry("keyCustody", "customer");
    }

    @Test
    void expressionsAreUnknownAndFactsNeverReadThemAsDefaults() throws IOException {
        Plan plan = read(template("[{\"type\": \"Microsoft.Storage/storageAccounts\", \"name\": \"data\", "
                + "\"location\": \"[resourceGroup().location]\", \"properties\": {\"minimumTlsVersion\": \"[parameters('tls')]\", "
                + "\"publicNetworkAccess\": \"[variables('pna')]\", \"supportsHttpsTrafficOnly\": \"[parameters('https')]\", "
                + "\"allowBlobPublicAccess\": false}}, "
                + "{\"type\": \"Microsoft.KeyVault/vaults\", \"name\": \"kv\", \"properties\": {\"enablePurgeProtection\": \"[parameters('pp')]\", "
                + "\"enableSoftDelete\": true}}]")).plan();
        PlannedResource account = named(plan, "data");
        assertThat(account.inputs()).containsEntry("minimumTlsVersion", Unknowns.UNKNOWN).containsEntry("location", Unknowns.UNKNOWN);
        Map<String, Object> facts = Facts.extract(account, plan, List.of(new AzureFacts())).properties();
        assertThat(facts).containsEntry("tlsMinimum", Unknowns.UNKNOWN).containsEntry("publicEndpoint", Unknowns.UNKNOWN)
                .containsEntry("httpsOnly", Unknowns.UNKNOWN).containsEntry("location", Unknowns.UNKNOWN)
                .containsEntry("encryptedAtRest", true).containsEntry("keyCustody", "provider");
        Map<String, Object> vault = Facts.extract(named(plan, "kv"), plan, List.of(new AzureFacts())).properties();
        assertThat(vault).containsEntry("purgeProtection", Unknowns.UNKNOWN).containsEntry("softDeleteDays", 90);
    }

    @Test
    void dependsOnBecomesDependenciesAndCopyLoopsConditionsAndNestedDeploymentsAreReported() throws IOException {
        ImportedPlan imported = read(template("[{\"type\": \"Microsoft.Network/networkInterfaces\", \"name\": \"nic\"}, "
                + "{\"type\": \"Microsoft.Compute/virtualMachines\", \"name\": \"vm\", \"condition\": \"[parameters('withVm')]\", "
                + "\"dependsOn\": [\"[resourceId('Microsoft.Network/networkInterfaces', 'nic')]\", \"nic\", \"[resourceId('x', parameters('none'))]\"]}, "
                + "{\"type\": \"Microsoft.Compute/disks\", \"name\": \"[concat('disk', copyIndex())]\", \"copy\": {\"name\": \"disks\", \"count\": 3}}, "
                + "{\"type\": \"Microsoft.Resources/deployments\", \"name\": \"inner\", \"properties\": {\"template\": {\"resources\": []}}}]"));
        Plan plan = imported.plan();
        assertThat(named(plan, "vm").dependencies()).containsExactly(named(plan, "nic").urn());
        assertThat(plan.warnings()).anySatisfy(w -> assertThat(w).isEqualTo(
                "Microsoft.Compute/virtualMachines vm ($.resources[1]) is deployed only when its condition holds; imported as if it did"));
        assertThat(imported.skipped()).containsExactly(
                "Microsoft.Compute/disks [concat('disk', copyIndex())] ($.resources[2]) is a copy loop: imported once, its other instances are not",
                "nested deployment inner ($.resources[3]): its resources are not imported; import its template on its own");
        assertThat(named(plan, "[concat('disk', copyIndex())]").inputs()).containsEntry("diskName", Unknowns.UNKNOWN);
    }

    @Test
    void languageVersionTwoKeysResourcesBySymbolicName() throws IOException {
        Plan plan = read("{\"$schema\": \"" + SCHEMA + "\", \"languageVersion\": \"2.0\", \"contentVersion\": \"1.0.0.0\", \"resources\": {"
                + "\"vnet\": {\"type\": \"Microsoft.Network/virtualNetworks\", \"name\": \"core\"}, "
                + "\"nsg\": {\"type\": \"Microsoft.Network/networkSecurityGroups\", \"name\": \"fw\", \"dependsOn\": [\"vnet\"]}}}").plan();
        assertThat(named(plan, "fw").dependencies()).containsExactly(named(plan, "core").urn());
    }

    @Test
    void detectionNeedsTheTemplateMarkers() throws IOException {
        ArmImporter arm = new ArmImporter();
        assertThat(arm.recognises(json("{\"$schema\": \"" + SCHEMA + "\"}"))).isTrue();
        assertThat(arm.recognises(json("{\"contentVersion\": \"1.0.0.0\", \"resources\": []}"))).isTrue();
        assertThat(arm.recognises(json("{\"resources\": []}"))).isFalse();
        assertThat(arm.recognises(json("{\"stack\": \"s\", \"target\": \"t\", \"resources\": [], \"contentVersion\": \"1\"}"))).isFalse();
        assertThat(arm.recognises(json("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"resources\": []}"))).isFalse();
        assertThat(arm.format()).isEqualTo(Format.ARM);
    }

    @Test
    void aResourceWithoutAResourceTypeIsRejected() {
        assertThatThrownBy(() -> read(template("[{\"type\": \"storageAccounts\", \"name\": \"x\"}]")))
                .isInstanceOf(PontException.class)
                .hasMessageEndingWith("estate.arm.json: $.resources[0].type: not a resource type (storageAccounts); ARM types look like "
                        + "Microsoft.Storage/storageAccounts; export the template again (`az group export` or the portal's Export template), "
                        + "or name the format with --from");
    }

    private static JsonNode json(String text) throws IOException {
        return Json.mapper().readTree(text);
    }
}
