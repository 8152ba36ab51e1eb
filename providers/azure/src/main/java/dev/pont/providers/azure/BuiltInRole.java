package dev.pont.providers.azure;

/**
 * The Azure built-in roles Pont assigns, with their role definition GUIDs. The GUIDs are the same
 * in every Azure public-cloud tenant; they come from Microsoft's "Azure built-in roles" reference
 * (learn.microsoft.com/azure/role-based-access-control/built-in-roles), checked against the role
 * JSON published by azadvertizer.net and azure-rbac-catalog.org in November 2026.
 */
enum BuiltInRole {
    /** Read and list blobs and containers. */
    STORAGE_BLOB_DATA_READER("Storage Blob Data Reader", "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1"),
    /** Read, write and delete blobs and containers. */
    STORAGE_BLOB_DATA_CONTRIBUTOR("Storage Blob Data Contributor", "ba92f5b4-2d11-453d-a403-e96b0029c9fe"),
    /** Full access to blobs and containers, including POSIX ACLs. */
    STORAGE_BLOB_DATA_OWNER("Storage Blob Data Owner", "b7e6dc6d-f1e8-4753-8033-0f276bb0955b"),
    /** Read secret contents. */
    KEY_VAULT_SECRETS_USER("Key Vault Secrets User", "4633458b-17de-408a-b874-0445c86b69e6"),
    /** Any action on secrets except managing permissions. */
    KEY_VAULT_SECRETS_OFFICER("Key Vault Secrets Officer", "b86a8fe4-44ce-4948-aee5-eccb2c155cd7"),
    /** Cryptographic operations with keys (encrypt, decrypt, wrap, unwrap, sign, verify). */
    KEY_VAULT_CRYPTO_USER("Key Vault Crypto User", "12338af0-0e69-4776-bea7-57ae8d297424"),
    /** Any action on keys except managing permissions. */
    KEY_VAULT_CRYPTO_OFFICER("Key Vault Crypto Officer", "14b46e9e-c2b7-41b4-b07b-48a6ebf60603"),
    /** Read key metadata and wrap/unwrap: what a service needs to encrypt with a customer-managed key. */
    KEY_VAULT_CRYPTO_SERVICE_ENCRYPTION_USER("Key Vault Crypto Service Encryption User", "e147488a-f6f5-4113-8e2d-b22465e65bf6"),
    /** Every data-plane operation on a vault and its keys, secrets and certificates. */
    KEY_VAULT_ADMINISTRATOR("Key Vault Administrator", "00482a5a-887f-4fb3-b363-3b7fe8e74483"),
    /** Read most Kubernetes objects (not secrets) through Entra authorisation. */
    AKS_RBAC_READER("Azure Kubernetes Service RBAC Reader", "7f6c6a51-bcf8-42ba-9220-52d62157d7db"),
    /** Read and write most Kubernetes objects, not roles or role bindings. */
    AKS_RBAC_WRITER("Azure Kubernetes Service RBAC Writer", "a7ffa36f-339b-4b5c-8bdf-e2c188b2c0eb"),
    /** Every Kubernetes object in the cluster. */
    AKS_RBAC_CLUSTER_ADMIN("Azure Kubernetes Service RBAC Cluster Admin", "b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b"),
    /** Manage networks; AKS's control-plane identity needs it on a subnet it does not own. */
    NETWORK_CONTRIBUTOR("Network Contributor", "4d97b98b-1d4f-4787-a291-c67834d212e7"),
    /** Manage virtual machines and their disks, without access to them. */
    VIRTUAL_MACHINE_CONTRIBUTOR("Virtual Machine Contributor", "9980e02c-c2be-4d73-94e8-173b1dc7cf3c"),
    /** Read monitoring data and query the workspace. */
    LOG_ANALYTICS_READER("Log Analytics Reader", "73c42c96-874c-492b-b04d-ab87d138a893"),
    /** Read monitoring data and edit monitoring settings. */
    LOG_ANALYTICS_CONTRIBUTOR("Log Analytics Contributor", "92aaf0da-9dab-42b6-94a3-d43ce8d16293");

    private final String displayName;
    private final String id;

    BuiltInRole(String displayName, String id) {
        this.displayName = displayName;
        this.id = id;
    }

    String displayName() {
        return displayName;
    }

    /** The role definition GUID. */
    String id() {
        return id;
    }

    /** The role definition's ARM id in a subscription. */
    String definitionId(String subscriptionId) {
        return "/subscriptions/" + subscriptionId + "/providers/Microsoft.Authorization/roleDefinitions/" + id;
    }
}
