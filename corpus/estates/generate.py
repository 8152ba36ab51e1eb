#!/usr/bin/env python3
"""Writes the estate corpus: one health-data platform on Azure as an ARM template (parameters,
variables, nested children, expressions), as `az group export` writes it (literal values, children
at top level with full names, names as parameters with defaults) and as `pulumi preview --json`.
Run from this folder: python3 generate.py. The committed JSON files are the corpus; this script
only documents how they were made and regenerates them byte for byte."""
import json

LOC = "francecentral"
UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9"
ROLE_READER = "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1"  # Storage Blob Data Reader
ROLE_KV_CRYPTO = "e147488a-f6f5-4113-8e2d-b22465e65bf6"  # Key Vault Crypto Service Encryption User

# (type, name, properties, extra top-level fields); children use full names "parent/child".
R = []
def res(t, n, props=None, **extra):
    R.append((t, n, props or {}, extra))

tags = {"pont-stack": "health-data", "classification": "health"}
for acct, versioned in (("hdsdatasets", True), ("hdsraw", False)):
    res("Microsoft.Storage/storageAccounts", acct, {
        "supportsHttpsTrafficOnly": True, "minimumTlsVersion": "TLS1_2", "allowBlobPublicAccess": False,
        "publicNetworkAccess": "Disabled", "networkAcls": {"defaultAction": "Deny", "ipRules": [], "bypass": "AzureServices"},
        "encryption": {"keySource": "Microsoft.Keyvault", "keyvaultproperties": {"keyname": "storage-cmk", "keyvaulturi": "https://hds-kv.vault.azure.net/"}}},
        sku={"name": "Standard_ZRS"}, kind="StorageV2", tags=tags, identity={"type": "SystemAssigned"})
    res("Microsoft.Storage/storageAccounts/blobServices", acct + "/default", {
        "isVersioningEnabled": versioned, "deleteRetentionPolicy": {"enabled": True, "days": 30}})
for acct, c in (("hdsdatasets", "cohorts"), ("hdsdatasets", "exports"), ("hdsraw", "ingest")):
    res("Microsoft.Storage/storageAccounts/blobServices/containers", acct + "/default/" + c, {"publicAccess": "None"})
res("Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies", "hdsdatasets/default/cohorts/default",
    {"immutabilityPeriodSinceCreationInDays": 3650, "state": "Locked"})
res("Microsoft.KeyVault/vaults", "hds-kv", {"tenantId": "00000000-0000-0000-0000-000000000000", "sku": {"family": "A", "name": "premium"},
    "enableSoftDelete": True, "softDeleteRetentionInDays": 90, "enablePurgeProtection": True, "publicNetworkAccess": "Disabled",
    "enableRbacAuthorization": True}, tags=tags)
for k in ("storage-cmk", "postgres-cmk"):
    res("Microsoft.KeyVault/vaults/keys", "hds-kv/" + k, {"kty": "RSA-HSM", "keySize": 3072,
        "rotationPolicy": {"attributes": {"expiryTime": "P2Y"}, "lifetimeActions": [{"action": {"type": "rotate"}, "trigger": {"timeAfterCreate": "P365D"}}]}})
for s, exp in (("pseudonymisation-salt", 1893456000), ("db-admin-password", None), ("etl-api-key", 1861920000)):
    attrs = {"enabled": True}
    if exp:
        attrs["exp"] = exp
    res("Microsoft.KeyVault/vaults/secrets", "hds-kv/" + s, {"attributes": attrs, "contentType": "text/plain"})
res("Microsoft.DBforPostgreSQL/flexibleServers", "hds-pg", {"version": "16", "administratorLogin": "hdsadmin",
    "storage": {"storageSizeGB": 512}, "backup": {"backupRetentionDays": 35, "geoRedundantBackup": "Disabled"},
    "highAvailability": {"mode": "ZoneRedundant"}, "network": {"publicNetworkAccess": "Disabled"},
    "dataEncryption": {"type": "AzureKeyVault", "primaryKeyURI": "https://hds-kv.vault.azure.net/keys/postgres-cmk"}},
    sku={"name": "Standard_D4ds_v5", "tier": "GeneralPurpose"}, tags=tags)
res("Microsoft.DBforPostgreSQL/flexibleServers/configurations", "hds-pg/ssl_min_protocol_version", {"value": "TLSv1.2", "source": "user-override"})
res("Microsoft.DBforPostgreSQL/flexibleServers/databases", "hds-pg/cohorts", {"charset": "UTF8"})
res("Microsoft.DBforPostgreSQL/flexibleServers/firewallRules", "hds-pg/analysts", {"startIpAddress": "10.20.4.0", "endIpAddress": "10.20.4.255"})
res("Microsoft.Network/virtualNetworks", "hds-vnet", {"addressSpace": {"addressPrefixes": ["10.20.0.0/16"]}, "subnets": [
    {"name": "aks", "properties": {"addressPrefix": "10.20.0.0/22"}},
    {"name": "data", "properties": {"addressPrefix": "10.20.4.0/24"}},
    {"name": "vms", "properties": {"addressPrefix": "10.20.5.0/24"}}]}, tags=tags)
for sn, prefix in (("aks", "10.20.0.0/22"), ("data", "10.20.4.0/24"), ("vms", "10.20.5.0/24")):
    res("Microsoft.Network/virtualNetworks/subnets", "hds-vnet/" + sn, {"addressPrefix": prefix})
res("Microsoft.Network/networkSecurityGroups", "hds-data-nsg", {"securityRules": [
    {"name": "allow-pg-from-aks", "properties": {"access": "Allow", "direction": "Inbound", "priority": 100, "protocol": "Tcp",
        "sourceAddressPrefix": "10.20.0.0/22", "destinationAddressPrefix": "*", "sourcePortRange": "*", "destinationPortRange": "5432"}},
    {"name": "deny-all-in", "properties": {"access": "Deny", "direction": "Inbound", "priority": 4096, "protocol": "*",
        "sourceAddressPrefix": "*", "destinationAddressPrefix": "*", "sourcePortRange": "*", "destinationPortRange": "*"}}]})
res("Microsoft.Network/networkSecurityGroups", "hds-vms-nsg", {"securityRules": []})
res("Microsoft.Network/networkSecurityGroups/securityRules", "hds-vms-nsg/allow-ssh-bastion", {"access": "Allow", "direction": "Inbound",
    "priority": 110, "protocol": "Tcp", "sourceAddressPrefix": "10.20.9.0/27", "destinationAddressPrefix": "*", "sourcePortRange": "*",
    "destinationPortRange": "22"})
res("Microsoft.Network/publicIPAddresses", "hds-analysis-pip", {"publicIPAllocationMethod": "Static"}, sku={"name": "Standard"})
res("Microsoft.Network/networkInterfaces", "hds-analysis-nic", {"ipConfigurations": [{"name": "ipconfig1", "properties": {
    "privateIPAllocationMethod": "Dynamic", "subnet": {"id": "/subscriptions/x/resourceGroups/hds/providers/Microsoft.Network/virtualNetworks/hds-vnet/subnets/vms"},
    "publicIPAddress": {"id": "/subscriptions/x/resourceGroups/hds/providers/Microsoft.Network/publicIPAddresses/hds-analysis-pip"}}}]})
res("Microsoft.Compute/disks", "hds-analysis-data", {"diskSizeGB": 1024, "creationData": {"createOption": "Empty"},
    "networkAccessPolicy": "DenyAll", "encryption": {"type": "EncryptionAtRestWithPlatformKey"}}, sku={"name": "Premium_ZRS"})
res("Microsoft.Compute/virtualMachines", "hds-analysis", {"hardwareProfile": {"vmSize": "Standard_E8s_v5"},
    "storageProfile": {"osDisk": {"createOption": "FromImage", "managedDisk": {"storageAccountType": "Premium_LRS"}}},
    "securityProfile": {"encryptionAtHost": True},
    "networkProfile": {"networkInterfaces": [{"id": "/subscriptions/x/resourceGroups/hds/providers/Microsoft.Network/networkInterfaces/hds-analysis-nic"}]},
    "osProfile": {"computerName": "hds-analysis", "adminUsername": "azureuser", "adminPassword": "not-a-real-password-1!"}})
res("Microsoft.ContainerService/managedClusters", "hds-aks", {"kubernetesVersion": "1.29.4", "dnsPrefix": "hds",
    "apiServerAccessProfile": {"enablePrivateCluster": True},
    "agentPoolProfiles": [{"name": "system", "count": 3, "vmSize": "Standard_D4s_v5", "mode": "System", "enableNodePublicIP": False}]},
    identity={"type": "SystemAssigned"}, tags=tags)
res("Microsoft.ContainerService/managedClusters/agentPools", "hds-aks/compute", {"count": 2, "minCount": 2, "maxCount": 6,
    "enableAutoScaling": True, "vmSize": "Standard_E8s_v5", "mode": "User"})
for ident in ("hds-etl", "hds-api"):
    res("Microsoft.ManagedIdentity/userAssignedIdentities", ident, {})
res("Microsoft.Authorization/roleAssignments", "1f0c3f4e-0000-4000-8000-000000000001", {
    "roleDefinitionId": "/subscriptions/x/providers/Microsoft.Authorization/roleDefinitions/" + ROLE_READER,
    "principalId": "11111111-1111-1111-1111-111111111111", "principalType": "ServicePrincipal"},
    scope="/subscriptions/x/resourceGroups/hds/providers/Microsoft.Storage/storageAccounts/hdsdatasets")
res("Microsoft.Authorization/roleAssignments", "1f0c3f4e-0000-4000-8000-000000000002", {
    "roleDefinitionId": "/subscriptions/x/providers/Microsoft.Authorization/roleDefinitions/" + ROLE_KV_CRYPTO,
    "principalId": "22222222-2222-2222-2222-222222222222", "principalType": "ServicePrincipal"},
    scope="/subscriptions/x/resourceGroups/hds/providers/Microsoft.KeyVault/vaults/hds-kv")
res("Microsoft.OperationalInsights/workspaces", "hds-logs", {"sku": {"name": "PerGB2018"}, "retentionInDays": 365,
    "publicNetworkAccessForIngestion": "Disabled", "publicNetworkAccessForQuery": "Disabled"}, tags=tags)
for target in ("storageAccounts/hdsdatasets", "vaults/hds-kv"):
    ns = "Microsoft.Storage" if target.startswith("storage") else "Microsoft.KeyVault"
    res("Microsoft.Insights/diagnosticSettings", "to-hds-logs-" + target.split("/")[1], {
        "workspaceId": "/subscriptions/x/resourceGroups/hds/providers/Microsoft.OperationalInsights/workspaces/hds-logs",
        "logs": [{"categoryGroup": "audit", "enabled": True}]},
        scope="/subscriptions/x/resourceGroups/hds/providers/" + ns + "/" + target)
# Services with no SecNumCloud equivalent.
res("Microsoft.Databricks/workspaces", "hds-databricks", {"managedResourceGroupId": "/subscriptions/x/resourceGroups/hds-dbx-managed"}, sku={"name": "premium"})
res("Microsoft.Synapse/workspaces", "hds-synapse", {"defaultDataLakeStorage": {"accountUrl": "https://hdsraw.dfs.core.windows.net", "filesystem": "ingest"},
    "sqlAdministratorLogin": "sqladmin"}, identity={"type": "SystemAssigned"})
res("Microsoft.Synapse/workspaces/sqlPools", "hds-synapse/warehouse", {"collation": "SQL_Latin1_General_CP1_CI_AS"}, sku={"name": "DW100c"})
res("Microsoft.DocumentDB/databaseAccounts", "hds-cosmos", {"databaseAccountOfferType": "Standard",
    "locations": [{"locationName": "France Central", "failoverPriority": 0}]}, kind="GlobalDocumentDB")
res("Microsoft.DocumentDB/databaseAccounts/sqlDatabases", "hds-cosmos/consents", {"resource": {"id": "consents"}})
res("Microsoft.Web/serverfarms", "hds-func-plan", {}, sku={"name": "EP1", "tier": "ElasticPremium"}, kind="elastic")
res("Microsoft.Web/sites", "hds-ingest-func", {"httpsOnly": True, "siteConfig": {"minTlsVersion": "1.2"}}, kind="functionapp,linux")
res("Microsoft.EventHub/namespaces", "hds-events", {"minimumTlsVersion": "1.2"}, sku={"name": "Standard", "tier": "Standard"})
res("Microsoft.EventHub/namespaces/eventhubs", "hds-events/admissions", {"partitionCount": 4, "messageRetentionInDays": 7})
res("Microsoft.ApiManagement/service", "hds-apim", {"publisherEmail": "platform@example.org", "publisherName": "HDS"},
    sku={"name": "Developer", "capacity": 1})
res("Microsoft.HealthBot/healthBots", "hds-triage-bot", {}, sku={"name": "F0"})

PARENT_LEVELS = {}
def type_levels(t):
    return len(t.split("/")) - 1

def names_param(t, n):
    return (t.split("/")[-1] + "_" + n.replace("/", "_").replace("-", "_")).replace(".", "_")

def write(path, doc):
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")

# ---- az group export: children at top level, every name a parameter with its default, literal values.
def export():
    params, resources = {}, []
    top_names = {}
    for t, n, props, extra in R:
        if type_levels(t) == 1:
            p = names_param(t, n)
            params[p] = {"defaultValue": n, "type": "String"}
            top_names[(t, n)] = p
    for t, n, props, extra in R:
        parts = n.split("/")
        root_type = "/".join(t.split("/")[:2])
        p = top_names.get((root_type, parts[0]))
        name = "[parameters('%s')]" % p if len(parts) == 1 else "[concat(parameters('%s'), '/%s')]" % (p, "/".join(parts[1:]))
        r = {"type": t, "apiVersion": "2023-01-01", "name": name}
        if type_levels(t) == 1 and t not in ("Microsoft.Authorization/roleAssignments", "Microsoft.Insights/diagnosticSettings"):
            r["location"] = LOC
        r.update({k: v for k, v in extra.items()})
        if type_levels(t) > 1:
            r["dependsOn"] = ["[resourceId('%s', parameters('%s'))]" % (root_type, p)]
        r["properties"] = props
        resources.append(r)
    write("health-data-azure.az-export.json", {
        "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
        "contentVersion": "1.0.0.0", "parameters": params, "variables": {}, "resources": resources})

# ---- ARM template as a team writes it: parameters, variables, nested children, expressions.
def template():
    children = {}
    tops = []
    for t, n, props, extra in R:
        if type_levels(t) == 1:
            tops.append((t, n, props, extra))
        else:
            parent = ("/".join(t.split("/")[:-1]), "/".join(n.split("/")[:-1]))
            children.setdefault(parent, []).append((t, n, props, extra))
    def node(t, n, props, extra, nested):
        last_type = t.split("/")[-1] if nested else t
        last_name = n.split("/")[-1] if nested else n
        if not nested and t == "Microsoft.Storage/storageAccounts":
            name = "[concat(variables('prefix'), '%s')]" % n[len("hds"):]
        elif not nested and t == "Microsoft.KeyVault/vaults":
            name = "[parameters('vaultName')]"
        else:
            name = last_name
        r = {"type": last_type, "apiVersion": "2023-01-01", "name": name}
        if not nested and t not in ("Microsoft.Authorization/roleAssignments", "Microsoft.Insights/diagnosticSettings"):
            r["location"] = "[parameters('location')]"
        r.update(extra)
        p = json.loads(json.dumps(props))
        if t == "Microsoft.Storage/storageAccounts":
            p["minimumTlsVersion"] = "[parameters('minimumTlsVersion')]"
        if t == "Microsoft.KeyVault/vaults":
            p["tenantId"] = "[subscription().tenantId]"
        if t == "Microsoft.Compute/virtualMachines":
            p["osProfile"]["adminPassword"] = "[parameters('adminPassword')]"
            p["networkProfile"]["networkInterfaces"] = [{"id": "[resourceId('Microsoft.Network/networkInterfaces', 'hds-analysis-nic')]"}]
            r["dependsOn"] = ["[resourceId('Microsoft.Network/networkInterfaces', 'hds-analysis-nic')]"]
        r["properties"] = p
        kids = children.get((t, n), [])
        if kids:
            r["resources"] = [node(kt, kn, kp, ke, True) for kt, kn, kp, ke in kids]
        return r
    write("health-data-azure.arm.json", {
        "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
        "contentVersion": "1.0.0.0",
        "parameters": {
            "location": {"type": "string", "defaultValue": "[resourceGroup().location]"},
            "vaultName": {"type": "string", "defaultValue": "hds-kv"},
            "minimumTlsVersion": {"type": "string", "defaultValue": "TLS1_2", "allowedValues": ["TLS1_0", "TLS1_2"]},
            "adminPassword": {"type": "securestring"}},
        "variables": {"prefix": "hds"},
        "resources": [node(t, n, p, e, False) for t, n, p, e in tops],
        "outputs": {"vaultUri": {"type": "string", "value": "[reference(parameters('vaultName')).vaultUri]"}}})

# ---- pulumi preview --json of the same estate written with azure-native (inputs as the SDK sends them).
TOKENS = json.load(open("../../providers/azure/src/main/resources/dev/pont/providers/azure/arm/arm-types.json"))["types"]
def preview():
    stack = "urn:pulumi:prod::health-data-estate::pulumi:pulumi:Stack::health-data-estate-prod"
    provider = "urn:pulumi:prod::health-data-estate::pulumi:providers:azure-native::default_2_10_0"
    rg = "urn:pulumi:prod::health-data-estate::azure-native:resources:ResourceGroup::hds"
    steps = [
        {"op": "same", "urn": stack, "newState": {"urn": stack, "type": "pulumi:pulumi:Stack", "custom": False}},
        {"op": "same", "urn": provider, "newState": {"urn": provider, "type": "pulumi:providers:azure-native", "custom": True,
            "parent": stack, "inputs": {"location": LOC, "version": "2.10.0"}}},
        {"op": "same", "urn": rg, "newState": {"urn": rg, "type": "azure-native:resources:ResourceGroup", "custom": True, "parent": stack,
            "id": "/subscriptions/x/resourceGroups/hds", "inputs": {"location": LOC, "resourceGroupName": "hds", "tags": tags},
            "provider": provider + "::04da6b54-80e4-46f7-96ec-b56ff0331ba9", "dependencies": []}}]
    ops = ["create"] * 8 + ["same"] * 30 + ["update"] * 4
    for i, (t, n, props, extra) in enumerate(R):
        e = TOKENS.get(t)
        token = e["token"] if e else "azure-native:healthbot:Bot"
        inputs = {"resourceGroupName": "hds"}
        segs = n.split("/")
        names = e["names"] if e else ["botName"]
        for k, v in zip(names, segs):
            if k:
                inputs[k] = v
        if type_levels(t) == 1 and t not in ("Microsoft.Authorization/roleAssignments", "Microsoft.Insights/diagnosticSettings"):
            inputs["location"] = LOC
        for k, v in extra.items():
            inputs["resourceUri" if (k == "scope" and "diagnostic" in t) else k] = v
        p = json.loads(json.dumps(props))
        if e and e.get("flatten", True) is False:
            inputs["properties"] = p
        else:
            def lift(v):
                if isinstance(v, list):
                    return [dict([(a, lift(b)) for a, b in x.items() if a != "properties"] + list(x.get("properties", {}).items())) if isinstance(x, dict) else x for x in v]
                return v
            for k, v in p.items():
                inputs[k] = lift(v)
            for src, dst in (e or {}).get("renames", {}).items():
                pass
            if t == "Microsoft.Storage/storageAccounts":
                inputs["enableHttpsTrafficOnly"] = inputs.pop("supportsHttpsTrafficOnly")
                inputs["networkRuleSet"] = inputs.pop("networkAcls")
                kv = inputs["encryption"].pop("keyvaultproperties")
                inputs["encryption"]["keyVaultProperties"] = {"keyName": kv["keyname"], "keyVaultUri": kv["keyvaulturi"]}
        if t == "Microsoft.KeyVault/vaults/secrets":
            inputs["properties"]["value"] = "[secret]"
            if "exp" in inputs["properties"]["attributes"]:
                inputs["properties"]["attributes"]["expires"] = inputs["properties"]["attributes"].pop("exp")
        if t == "Microsoft.Compute/virtualMachines":
            inputs["osProfile"]["adminPassword"] = "[secret]"
        if t == "Microsoft.Network/networkInterfaces":
            inputs["ipConfigurations"][0]["publicIPAddress"] = {"id": UNKNOWN}
        name = segs[-1] if type_levels(t) == 1 else n.replace("/", "-")
        urn = "urn:pulumi:prod::health-data-estate::%s::%s" % (token, name)
        op = ops[i] if i < len(ops) else "same"
        state = {"urn": urn, "type": token, "custom": True, "parent": stack, "inputs": inputs,
                 "provider": provider + "::04da6b54-80e4-46f7-96ec-b56ff0331ba9", "dependencies": [rg]}
        if op != "create":
            state["id"] = "/subscriptions/x/resourceGroups/hds/providers/%s/%s" % (t, n)
        steps.append({"op": op, "urn": urn, "provider": state["provider"], "newState": state})
    old = "urn:pulumi:prod::health-data-estate::azure-native:storage:StorageAccount::hdslegacy"
    steps.append({"op": "delete", "urn": old, "oldState": {"urn": old, "type": "azure-native:storage:StorageAccount", "custom": True,
        "parent": stack, "inputs": {"accountName": "hdslegacy", "resourceGroupName": "hds"}}})
    rep = "urn:pulumi:prod::health-data-estate::azure-native:network:PublicIPAddress::hds-bastion-pip"
    rstate = {"urn": rep, "type": "azure-native:network:PublicIPAddress", "custom": True, "parent": stack,
              "inputs": {"publicIpAddressName": "hds-bastion-pip", "resourceGroupName": "hds", "location": LOC, "sku": {"name": "Standard"}}}
    steps += [{"op": "create-replacement", "urn": rep, "newState": rstate}, {"op": "replace", "urn": rep, "newState": rstate},
              {"op": "delete-replaced", "urn": rep, "oldState": dict(rstate, sku={"name": "Basic"})}]
    summary = {}
    for s in steps:
        summary[s["op"]] = summary.get(s["op"], 0) + 1
    write("health-data-azure.preview.json", {"config": {"azure-native:location": LOC}, "steps": steps, "duration": 4210000000,
        "changeSummary": summary})

export()
template()
preview()
print(len(R), "resources")
