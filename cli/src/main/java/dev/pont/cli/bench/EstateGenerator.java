package dev.pont.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.plan.Secrets;
import dev.pont.core.preview.Preview;
import dev.pont.core.preview.PreviewConfig;
import dev.pont.stacks.StackRegistry;
import dev.pont.stacks.Targets;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the audit corpus estate {@code corpus/estates/health-data-azure.stack-export.json}: a
 * {@code pulumi stack export} (deployment version 3) of an Azure health-data platform that Pont did not
 * write. The Azure part is what Pont's Azure adapter registers for the {@code health-data} stack (real
 * azure-native 2.10.0 input names), re-parented as a hand-written program would (no {@code pont:}
 * components, one {@code health:platform:DataPlatform} component); to it are added a second, public
 * store and database, and services with no SecNumCloud equivalent (Databricks, Synapse, Cosmos DB,
 * Functions/App Service, Event Hubs, API Management, Entra ID through azuread), a pending operation and a
 * resource marked {@code delete: true}. Secrets are Pulumi ciphertext objects.
 *
 * <p>{@code EstateGenerator OUT [copies]}: with copies &gt; 1 the whole estate is repeated with every
 * resource name suffixed (the benchmark's 20,000-resource estate). Deterministic.
 */
public final class EstateGenerator {
    static final String STACK = "prod";
    static final String PROJECT = "health-platform";
    static final String SUB = "/subscriptions/6f1c2a4e-0b3d-4c52-9a8e-2d7f1e9c4b10";
    static final String RG = "rg-health-prod";
    static final String PROVIDER = "urn:pulumi:prod::health-platform::pulumi:providers:azure-native::default_2_10_0";
    static final String PROVIDER_REF = PROVIDER + "::4c9d2f0e-7a1b-4e6c-8d3f-1b2a3c4d5e6f";
    static final String AZUREAD = "urn:pulumi:prod::health-platform::pulumi:providers:azuread::default_5_53_0";
    static final String AZUREAD_REF = AZUREAD + "::9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b";
    static final String COMPONENT_TYPE = "health:platform:DataPlatform";
    static final String COMPONENT = "urn:pulumi:prod::health-platform::" + COMPONENT_TYPE + "::platform";
    static final String STACK_URN = "urn:pulumi:prod::health-platform::pulumi:pulumi:Stack::health-platform-prod";

    private final List<Map<String, Object>> resources = new ArrayList<>();
    private final Map<String, String> urnByName = new HashMap<>();

    private EstateGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: EstateGenerator OUT [copies]");
            System.exit(2);
        }
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        write(Path.of(args[0]), copies);
    }

    /** Writes the estate (repeated {@code copies} times) to {@code out}; returns the number of resources. */
    public static int write(Path out, int copies) throws IOException {
        EstateGenerator g = new EstateGenerator();
        g.build();
        Map<String, Object> export = g.export(copies);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(Json.pretty(export));
        }
        @SuppressWarnings("unchecked")
        List<Object> all = (List<Object>) ((Map<String, Object>) export.get("deployment")).get("resources");
        return all.size();
    }

    // ---------------------------------------------------------------- the estate

    private void build() {
        add(STACK_URN, "pulumi:pulumi:Stack", null, false, null, Map.of(), List.of(), null);
        add(PROVIDER, "pulumi:providers:azure-native", null, true, "4c9d2f0e-7a1b-4e6c-8d3f-1b2a3c4d5e6f",
                map("location", "francecentral", "version", "2.10.0"), List.of(), null);
        add(AZUREAD, "pulumi:providers:azuread", null, true, "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
                map("version", "5.53.0"), List.of(), null);
        add(COMPONENT, COMPONENT_TYPE, STACK_URN, false, null, Map.of(), List.of(), null);
        fromPontPreview();
        publicStoreAndDatabase();
        lockIns();
    }

    /** The Azure resources Pont's adapter registers for health-data, as a hand-written program would hold them. */
    private void fromPontPreview() {
        PreviewConfig config = PreviewConfig.empty().with(Map.of("pont:adminSshPublicKey",
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINU+SvT9Y3n8uj9eTE7EWHyYOWno+4RilU+yAPZqM463 generated-estate"));
        Plan plan = Preview.of(StackRegistry.get("health-data"), Targets.create("azure"), config);
        Map<String, String> renamed = new HashMap<>();
        for (PlannedResource r : plan.resources()) {
            if (r.custom() && !r.providerInstance()) {
                boolean inComponent = !r.type().startsWith("azure-native:resources:");
                String prefix = inComponent ? COMPONENT_TYPE + "$" : "";
                renamed.put(r.urn(), "urn:pulumi:" + STACK + "::" + PROJECT + "::" + prefix + r.type() + "::" + r.name());
            }
        }
        for (PlannedResource r : plan.resources()) {
            String urn = renamed.get(r.urn());
            if (urn == null) {
                continue;
            }
            List<String> deps = r.dependencies().stream().map(renamed::get).filter(java.util.Objects::nonNull).sorted().distinct().toList();
            @SuppressWarnings("unchecked")
            Map<String, Object> inputs = (Map<String, Object>) estate(r.inputs());
            add(urn, r.type(), urn.contains(COMPONENT_TYPE + "$") ? COMPONENT : STACK_URN, true, (String) estate(r.id()), inputs, deps, PROVIDER_REF);
        }
    }

    /** Pont's names and ids made to look like another team's: its resource group and subscription. */
    private static Object estate(Object value) {
        if (value instanceof Map<?, ?> m) {
            if (m.containsKey(Secrets.SIG_KEY)) {
                return ciphertext("salt");
            }
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                if (!String.valueOf(k).equals("tags")) {
                    out.put(String.valueOf(k), estate(v));
                } else if (v instanceof Map<?, ?> tags) {
                    Map<String, Object> kept = new LinkedHashMap<>();
                    tags.forEach((tk, tv) -> {
                        if (!String.valueOf(tk).startsWith("pont-")) {
                            kept.put(String.valueOf(tk), tv);
                        }
                    });
                    kept.put("owner", "data-platform-team");
                    out.put("tags", kept);
                }
            });
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(EstateGenerator::estate).toList();
        }
        if (value instanceof String s) {
            return s.replace("/subscriptions/00000000-0000-0000-0000-000000000000", SUB)
                    .replace("rg-health-data", RG).replace("00000000-0000-0000-0000-000000000000", "2b7e151e-28ae-4d2a-a6f7-15881e09cf4f");
        }
        return value;
    }

    static Map<String, Object> ciphertext(String what) {
        Map<String, Object> secret = new LinkedHashMap<>();
        secret.put(Secrets.SIG_KEY, Secrets.SECRET_SIG);
        secret.put("ciphertext", "v1:" + Integer.toHexString(what.hashCode()) + ":AAABAJx0b3BzZWNyZXQtY2lwaGVydGV4dC1ub3QtYS1yZWFsLXZhbHVl");
        return secret;
    }

    /** A second store (public, Microsoft-managed keys, IP-filtered) and a second PostgreSQL (public, older), as estates have. */
    private void publicStoreAndDatabase() {
        String account = "sthealthexports01";
        String accountId = SUB + "/resourceGroups/" + RG + "/providers/Microsoft.Storage/storageAccounts/" + account;
        custom("azure-native:storage:StorageAccount", "exports-account", accountId, map(
                "accountName", account, "resourceGroupName", RG, "location", "francecentral", "kind", "StorageV2",
                "sku", map("name", "Standard_LRS"), "enableHttpsTrafficOnly", true, "minimumTlsVersion", "TLS1_2",
                "allowBlobPublicAccess", false, "publicNetworkAccess", "Enabled",
                "networkRuleSet", map("defaultAction", "Deny", "bypass", "AzureServices",
                        "ipRules", List.of(map("iPAddressOrRange", "193.51.24.0/24", "action", "Allow"))),
                "encryption", map("keySource", "Microsoft.Storage", "services", map("blob", map("enabled", true, "keyType", "Account"))),
                "tags", map("data-class", "health", "owner", "data-platform-team")), List.of("rg-health-data"));
        custom("azure-native:storage:BlobServiceProperties", "exports-blob", accountId + "/blobServices/default", map(
                "accountName", account, "resourceGroupName", RG, "blobServicesName", "default", "isVersioningEnabled", true,
                "deleteRetentionPolicy", map("enabled", true, "days", 14)), List.of("exports-account"));
        for (String container : List.of("cohort-exports", "partner-drops")) {
            custom("azure-native:storage:BlobContainer", "exports-" + container, accountId + "/blobServices/default/containers/" + container,
                    map("accountName", account, "resourceGroupName", RG, "containerName", container, "publicAccess", "None"),
                    List.of("exports-account", "exports-blob"));
        }
        String server = "psql-reporting-prod";
        String serverId = SUB + "/resourceGroups/" + RG + "/providers/Microsoft.DBforPostgreSQL/flexibleServers/" + server;
        custom("azure-native:dbforpostgresql:Server", "reporting-server", serverId, map(
                "serverName", server, "resourceGroupName", RG, "location", "francecentral", "version", "14",
                "sku", map("name", "Standard_D2ds_v5", "tier", "GeneralPurpose"), "storage", map("storageSizeGB", 128),
                "backup", map("backupRetentionDays", 14, "geoRedundantBackup", "Disabled"),
                "highAvailability", map("mode", "Disabled"), "administratorLogin", "reporting_admin",
                "administratorLoginPassword", ciphertext("reporting-admin"), "network", map("publicNetworkAccess", "Enabled"),
                "tags", map("data-class", "health", "owner", "data-platform-team")), List.of("rg-health-data"));
        custom("azure-native:dbforpostgresql:Database", "reporting-db", serverId + "/databases/reporting",
                map("serverName", server, "resourceGroupName", RG, "databaseName", "reporting", "charset", "UTF8", "collation", "fr_FR.utf8"),
                List.of("reporting-server"));
        custom("azure-native:dbforpostgresql:FirewallRule", "reporting-office", serverId + "/firewallRules/office",
                map("serverName", server, "resourceGroupName", RG, "firewallRuleName", "office", "startIpAddress", "193.51.24.0",
                        "endIpAddress", "193.51.24.255"), List.of("reporting-server"));
        custom("azure-native:dbforpostgresql:Configuration", "reporting-log-connections", serverId + "/configurations/log_connections",
                map("serverName", server, "resourceGroupName", RG, "configurationName", "log_connections", "value", "on", "source", "user-override"),
                List.of("reporting-server"));
    }

    /** Services with no SecNumCloud equivalent, with the inputs azure-native 2.10.0 and azuread 5 record. */
    private void lockIns() {
        String rg = SUB + "/resourceGroups/" + RG + "/providers/";
        custom("azure-native:databricks:Workspace", "analytics-databricks", rg + "Microsoft.Databricks/workspaces/dbw-health-analytics", map(
                "workspaceName", "dbw-health-analytics", "resourceGroupName", RG, "location", "francecentral",
                "managedResourceGroupId", SUB + "/resourceGroups/rg-dbw-health-analytics-managed", "sku", map("name", "premium"),
                "parameters", map("enableNoPublicIp", map("value", true)), "publicNetworkAccess", "Disabled",
                "tags", map("data-class", "health")), List.of("rg-health-data"));
        custom("azure-native:databricks:AccessConnector", "analytics-databricks-connector", rg + "Microsoft.Databricks/accessConnectors/dbac-health",
                map("connectorName", "dbac-health", "resourceGroupName", RG, "location", "francecentral", "identity", map("type", "SystemAssigned")),
                List.of("rg-health-data"));
        String synapse = rg + "Microsoft.Synapse/workspaces/syn-health-dw";
        custom("azure-native:synapse:Workspace", "warehouse-synapse", synapse, map(
                "workspaceName", "syn-health-dw", "resourceGroupName", RG, "location", "francecentral",
                "defaultDataLakeStorage", map("accountUrl", "https://sthealthexports01.dfs.core.windows.net", "filesystem", "synapse"),
                "sqlAdministratorLogin", "sqladmin", "sqlAdministratorLoginPassword", ciphertext("synapse-admin"),
                "identity", map("type", "SystemAssigned"), "publicNetworkAccess", "Disabled", "managedVirtualNetwork", "default"),
                List.of("rg-health-data", "exports-account"));
        custom("azure-native:synapse:SqlPool", "warehouse-sqlpool", synapse + "/sqlPools/dwhealth", map(
                "workspaceName", "syn-health-dw", "resourceGroupName", RG, "sqlPoolName", "dwhealth", "location", "francecentral",
                "sku", map("name", "DW200c"), "collation", "SQL_Latin1_General_CP1_CI_AS"), List.of("warehouse-synapse"));
        custom("azure-native:synapse:BigDataPool", "warehouse-spark", synapse + "/bigDataPools/sparkhealth", map(
                "workspaceName", "syn-health-dw", "resourceGroupName", RG, "bigDataPoolName", "sparkhealth", "location", "francecentral",
                "nodeSize", "Medium", "nodeSizeFamily", "MemoryOptimized", "sparkVersion", "3.4",
                "autoScale", map("enabled", true, "minNodeCount", 3, "maxNodeCount", 10)), List.of("warehouse-synapse"));
        custom("azure-native:synapse:IpFirewallRule", "warehouse-office", synapse + "/firewallRules/office", map(
                "workspaceName", "syn-health-dw", "resourceGroupName", RG, "ruleName", "office", "startIpAddress", "193.51.24.0",
                "endIpAddress", "193.51.24.255"), List.of("warehouse-synapse"));
        String cosmos = rg + "Microsoft.DocumentDB/databaseAccounts/cosmos-health-events";
        custom("azure-native:documentdb:DatabaseAccount", "events-cosmos", cosmos, map(
                "accountName", "cosmos-health-events", "resourceGroupName", RG, "location", "francecentral",
                "databaseAccountOfferType", "Standard", "kind", "GlobalDocumentDB",
                "consistencyPolicy", map("defaultConsistencyLevel", "Session"),
                "locations", List.of(map("locationName", "francecentral", "failoverPriority", 0, "isZoneRedundant", true)),
                "disableLocalAuth", true, "publicNetworkAccess", "Disabled", "tags", map("data-class", "health")), List.of("rg-health-data"));
        custom("azure-native:documentdb:SqlResourceSqlDatabase", "events-db", cosmos + "/sqlDatabases/events", map(
                "accountName", "cosmos-health-events", "resourceGroupName", RG, "databaseName", "events",
                "resource", map("id", "events")), List.of("events-cosmos"));
        custom("azure-native:documentdb:SqlResourceSqlContainer", "events-container", cosmos + "/sqlDatabases/events/containers/patient-events", map(
                "accountName", "cosmos-health-events", "resourceGroupName", RG, "databaseName", "events", "containerName", "patient-events",
                "resource", map("id", "patient-events", "partitionKey", map("paths", List.of("/patientId"), "kind", "Hash"))),
                List.of("events-db"));
        String plan = rg + "Microsoft.Web/serverfarms/asp-health-functions";
        custom("azure-native:web:AppServicePlan", "functions-plan", plan, map(
                "name", "asp-health-functions", "resourceGroupName", RG, "location", "francecentral", "kind", "functionapp",
                "reserved", true, "sku", map("name", "EP1", "tier", "ElasticPremium")), List.of("rg-health-data"));
        custom("azure-native:web:WebApp", "ingest-functions", rg + "Microsoft.Web/sites/func-health-ingest", map(
                "name", "func-health-ingest", "resourceGroupName", RG, "location", "francecentral", "kind", "functionapp,linux",
                "serverFarmId", plan, "httpsOnly", true, "siteConfig", map("linuxFxVersion", "Python|3.11", "minTlsVersion", "1.2",
                        "appSettings", List.of(map("name", "FUNCTIONS_WORKER_RUNTIME", "value", "python"),
                                map("name", "EVENTS_CONNECTION", "value", ciphertext("events-connection"))))), List.of("functions-plan"));
        custom("azure-native:web:WebApp", "portal-app", rg + "Microsoft.Web/sites/app-health-portal", map(
                "name", "app-health-portal", "resourceGroupName", RG, "location", "francecentral", "kind", "app,linux",
                "serverFarmId", plan, "httpsOnly", true, "siteConfig", map("linuxFxVersion", "NODE|20-lts", "minTlsVersion", "1.2")),
                List.of("functions-plan"));
        String hubs = rg + "Microsoft.EventHub/namespaces/evhns-health";
        custom("azure-native:eventhub:Namespace", "events-namespace", hubs, map(
                "namespaceName", "evhns-health", "resourceGroupName", RG, "location", "francecentral",
                "sku", map("name", "Standard", "tier", "Standard", "capacity", 2), "kafkaEnabled", true, "minimumTlsVersion", "1.2",
                "disableLocalAuth", true), List.of("rg-health-data"));
        for (String hub : List.of("admissions", "lab-results")) {
            custom("azure-native:eventhub:EventHub", "events-" + hub, hubs + "/eventhubs/" + hub, map(
                    "namespaceName", "evhns-health", "resourceGroupName", RG, "eventHubName", hub, "partitionCount", 4,
                    "messageRetentionInDays", 7), List.of("events-namespace"));
        }
        custom("azure-native:eventhub:ConsumerGroup", "events-lab-results-ingest", hubs + "/eventhubs/lab-results/consumergroups/ingest", map(
                "namespaceName", "evhns-health", "resourceGroupName", RG, "eventHubName", "lab-results", "consumerGroupName", "ingest"),
                List.of("events-lab-results"));
        String apim = rg + "Microsoft.ApiManagement/service/apim-health";
        custom("azure-native:apimanagement:ApiManagementService", "partner-gateway", apim, map(
                "serviceName", "apim-health", "resourceGroupName", RG, "location", "francecentral", "publisherEmail", "api@example.org",
                "publisherName", "Health Data Platform", "sku", map("name", "Developer", "capacity", 1)), List.of("rg-health-data"));
        custom("azure-native:apimanagement:Api", "partner-gateway-cohorts", apim + "/apis/cohorts", map(
                "serviceName", "apim-health", "resourceGroupName", RG, "apiId", "cohorts", "displayName", "Cohorts", "path", "cohorts",
                "protocols", List.of("https"), "serviceUrl", "https://func-health-ingest.azurewebsites.net/api"), List.of("partner-gateway"));
        custom("azure-native:storage:FileShare", "exports-share", SUB + "/resourceGroups/" + RG
                + "/providers/Microsoft.Storage/storageAccounts/sthealthexports01/fileServices/default/shares/legacy", map(
                "accountName", "sthealthexports01", "resourceGroupName", RG, "shareName", "legacy", "shareQuota", 100,
                "enabledProtocols", "SMB"), List.of("exports-account"));
        // Entra ID (azuread provider): the portal's app registration, its service principal and an access group.
        String app = "urn:pulumi:prod::health-platform::azuread:index/application:Application::portal-app-registration";
        add(app, "azuread:index/application:Application", STACK_URN, true, "/applications/5a0f3c1e-6b7d-4e2f-9c8a-1d2e3f4a5b6c", map(
                "displayName", "Health portal", "signInAudience", "AzureADMyOrg",
                "web", map("redirectUris", List.of("https://app-health-portal.azurewebsites.net/.auth/login/aad/callback"))),
                List.of(), AZUREAD_REF);
        add("urn:pulumi:prod::health-platform::azuread:index/servicePrincipal:ServicePrincipal::portal-app-principal",
                "azuread:index/servicePrincipal:ServicePrincipal", STACK_URN, true, "7d1e2f3a-4b5c-4d6e-8f9a-0b1c2d3e4f5a",
                map("clientId", "5a0f3c1e-6b7d-4e2f-9c8a-1d2e3f4a5b6c", "appRoleAssignmentRequired", true), List.of(app), AZUREAD_REF);
        add("urn:pulumi:prod::health-platform::azuread:index/group:Group::researchers-group", "azuread:index/group:Group", STACK_URN, true,
                "8e2f3a4b-5c6d-4e7f-9a0b-1c2d3e4f5a6b", map("displayName", "Health researchers", "securityEnabled", true,
                        "mailEnabled", false), List.of(), AZUREAD_REF);
    }

    // ---------------------------------------------------------------- building blocks

    private void custom(String type, String name, String id, Map<String, Object> inputs, List<String> dependsOn) {
        String urn = "urn:pulumi:" + STACK + "::" + PROJECT + "::" + COMPONENT_TYPE + "$" + type + "::" + name;
        List<String> deps = dependsOn.stream().map(d -> {
            String u = urnByName.get(d);
            if (u == null) {
                throw new IllegalStateException("generator: " + name + " depends on unknown " + d);
            }
            return u;
        }).sorted().toList();
        add(urn, type, COMPONENT, true, id, inputs, deps, PROVIDER_REF);
    }

    private void add(String urn, String type, String parent, boolean custom, String id, Map<String, Object> inputs, List<String> deps,
                     String provider) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("urn", urn);
        r.put("custom", custom);
        if (id != null) {
            r.put("id", id);
        }
        r.put("type", type);
        r.put("inputs", inputs);
        Map<String, Object> outputs = new LinkedHashMap<>(inputs);
        if (id != null) {
            outputs.put("id", id);
        }
        r.put("outputs", outputs);
        if (parent != null) {
            r.put("parent", parent);
        }
        if (provider != null) {
            r.put("provider", provider);
        }
        if (!deps.isEmpty()) {
            r.put("dependencies", deps);
        }
        r.put("created", "2026-03-02T09:14:27.118Z");
        r.put("modified", "2026-03-02T09:14:27.118Z");
        resources.add(r);
        urnByName.put(urn.substring(urn.lastIndexOf("::") + 2), urn);
    }

    private Map<String, Object> export(int copies) {
        List<Map<String, Object>> all = new ArrayList<>();
        all.add(resources.get(0));
        List<Map<String, Object>> body = resources.subList(1, resources.size());
        if (copies <= 1) {
            all.addAll(body);
        } else {
            Pattern names = namePattern(body);
            for (int c = 1; c <= copies; c++) {
                String suffix = "-" + c;
                for (Map<String, Object> r : body) {
                    if (c > 1 && String.valueOf(r.get("type")).startsWith("pulumi:providers:")) {
                        continue;
                    }
                    String text = Json.compact(r);
                    Matcher m = names.matcher(text);
                    all.add(parse(m.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + suffix))));
                }
            }
        }
        // One resource an interrupted replacement left behind, and one operation still pending.
        Map<String, Object> old = new LinkedHashMap<>(resources.stream().filter(r -> String.valueOf(r.get("urn")).endsWith("::exports-account"))
                .findFirst().orElseThrow());
        old.put("id", old.get("id") + "-old");
        old.put("delete", true);
        all.add(old);
        Map<String, Object> pending = new LinkedHashMap<>();
        pending.put("resource", map("urn", "urn:pulumi:prod::health-platform::" + COMPONENT_TYPE
                + "$azure-native:storage:BlobContainer::exports-quarantine", "custom", true, "type", "azure-native:storage:BlobContainer",
                "inputs", map("accountName", "sthealthexports01", "resourceGroupName", RG, "containerName", "quarantine"),
                "parent", COMPONENT, "provider", PROVIDER_REF));
        pending.put("type", "creating");
        Map<String, Object> deployment = new LinkedHashMap<>();
        deployment.put("manifest", map("time", "2026-03-02T09:15:02.441Z", "magic", "f3c9a1e2b4d6", "version", "v3.142.0"));
        deployment.put("secrets_providers", map("type", "passphrase", "state", map("salt", "v1:4VtxQ1pK3oE=:v1:Wz8s0mVfTq3t0yC1:Zk1yQ0VYbmR4c2FsdA==")));
        deployment.put("resources", all);
        deployment.put("pending_operations", List.of(pending));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", 3);
        root.put("deployment", deployment);
        return root;
    }

    /** Every resource name and {@code *Name} input of the estate, as whole words, for the repeated copies. */
    private static Pattern namePattern(List<Map<String, Object>> body) {
        TreeSet<String> tokens = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        tokens.add(RG);
        for (Map<String, Object> r : body) {
            String urn = String.valueOf(r.get("urn"));
            tokens.add(urn.substring(urn.lastIndexOf("::") + 2));
            if (r.get("inputs") instanceof Map<?, ?> inputs) {
                inputs.forEach((k, v) -> {
                    if (String.valueOf(k).endsWith("Name") && !String.valueOf(k).equals("resourceGroupName") && v instanceof String s
                            && s.length() > 2 && !s.equals("default")) {
                        tokens.add(s);
                    }
                });
            }
        }
        tokens.removeIf(t -> t.startsWith("default_") || t.contains(":"));
        StringBuilder alternation = new StringBuilder();
        for (String t : tokens) {
            alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(t));
        }
        return Pattern.compile("(?<![A-Za-z0-9.\\-])(" + alternation + ")(?![A-Za-z0-9:\\-])");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String text) {
        try {
            JsonNode node = Json.mapper().readTree(text);
            return Json.mapper().convertValue(node, LinkedHashMap.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
