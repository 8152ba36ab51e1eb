package dev.pont.providers.azure.facts;

import static dev.pont.core.facts.Rules.props;

import dev.pont.core.facts.KeyCustody;
import dev.pont.core.facts.Property;
import dev.pont.core.facts.Rules;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.ResourceKind;
import java.util.List;

/**
 * Blob storage as an object store. Each resource states its own part: the account its encryption,
 * network exposure, TLS and account-level immutability; the blob service versioning and soft delete;
 * a container anonymous access; a container immutability policy its retention.
 */
final class StorageFacts {
    static final String ACCOUNT = "azure-native:storage:StorageAccount";
    private static final String ROLE = ResourceKind.OBJECT_STORE.role();

    private StorageFacts() {}

    static void register(Rules rules) {
        rules.onInPlan(ACCOUNT, ROLE, StorageFacts::account)
                .onInPlan("azure-native:storage:BlobServiceProperties", ROLE, StorageFacts::blobService)
                .onInPlan("azure-native:storage:BlobContainer", ROLE, StorageFacts::container)
                .onInPlan("azure-native:storage:BlobContainerImmutabilityPolicy", ROLE, StorageFacts::containerImmutability)
                .onInPlan("azure-native:storage:EncryptionScope", ROLE, (r, plan) -> props()
                        .put(Property.ENCRYPTED_AT_REST, true)
                        .put(Property.KEY_CUSTODY, custody(plan, Inputs.str(r, "source"), Inputs.str(r, "keyVaultProperties.keyUri")))
                        .put(Property.LOCATION, accountLocation(plan, r)))
                .on("azure-native:storage:ManagementPolicy", AzureFacts.OBJECT_LIFECYCLE, r -> props())
                .on("azure-native:storage:PrivateEndpointConnection", AzureFacts.PRIVATE_ENDPOINT, r -> props());
    }

    /**
     * Azure Storage encrypts every account at rest and it cannot be turned off; HTTPS-only is the
     * default since API 2019-04-01; an absent minimum TLS version is read as TLS 1.0, as the API documents.
     * A public endpoint exists unless public network access is disabled, even when its firewall admits no one.
     */
    static Rules.Props account(PlannedResource r, Plan plan) {
        Rules.Props p = props()
                .put(Property.ENCRYPTED_AT_REST, true)
                .put(Property.KEY_CUSTODY, custody(plan, Inputs.str(r, "encryption.keySource"), keyUri(r)))
                .put(Property.HTTPS_ONLY, !Boolean.FALSE.equals(Inputs.bool(r, "enableHttpsTrafficOnly")))
                .put(Property.TLS_MINIMUM, tlsOrDefault(Inputs.str(r, "minimumTlsVersion")))
                .put(Property.LOCATION, Inputs.location(r))
                .put(Property.ZONE_REDUNDANT, zoneRedundant(Inputs.str(r, "sku.name")));
        boolean open = !Inputs.is(Inputs.str(r, "publicNetworkAccess"), "Disabled");
        p.put(Property.PUBLIC_ENDPOINT, open);
        if (open) {
            p.put(Property.ALLOWED_CIDRS, Exposures.allowed(r, "networkRuleSet"));
        }
        if (Boolean.TRUE.equals(Inputs.bool(r, "immutableStorageWithVersioning.enabled"))) {
            immutability(p, Inputs.at(r, "immutableStorageWithVersioning.immutabilityPolicy"));
        }
        return p;
    }

    /** Versioning and soft delete are blob-service settings; both are off unless enabled. */
    static Rules.Props blobService(PlannedResource r, Plan plan) {
        Rules.Props p = props()
                .put(Property.VERSIONED, Boolean.TRUE.equals(Inputs.bool(r, "isVersioningEnabled")))
                .put(Property.LOCATION, accountLocation(plan, r));
        if (Inputs.at(r, "deleteRetentionPolicy") != null) {
            p.put(Property.SOFT_DELETE_DAYS, Boolean.TRUE.equals(Inputs.bool(r, "deleteRetentionPolicy.enabled"))
                    ? Inputs.integer(r, "deleteRetentionPolicy.days") : (Integer) 0);
        }
        return p;
    }

    /**
     * A container with {@code Blob} or {@code Container} public access serves blobs anonymously,
     * unless its account forbids anonymous access ({@code allowBlobPublicAccess: false}).
     */
    static Rules.Props container(PlannedResource r, Plan plan) {
        Rules.Props p = props().put(Property.LOCATION, accountLocation(plan, r));
        String access = Inputs.str(r, "publicAccess");
        boolean requested = Inputs.is(access, "Blob") || Inputs.is(access, "Container");
        boolean forbidden = Neighbours.parent(plan, r, ACCOUNT, "accountName")
                .map(a -> Boolean.FALSE.equals(Inputs.bool(a, "allowBlobPublicAccess"))).orElse(false);
        if (requested && !forbidden) {
            p.put(Property.PUBLIC_ENDPOINT, true);
        }
        return p;
    }

    /**
     * A container's time-based retention. Azure creates these policies unlocked and locks them only
     * by a separate action, so a policy is locked only when its inputs say {@code state: Locked}
     * (an imported estate may carry it).
     */
    static Rules.Props containerImmutability(PlannedResource r, Plan plan) {
        return props()
                .put(Property.RETENTION_DAYS, Inputs.integer(r, "immutabilityPeriodSinceCreationInDays"))
                .put(Property.RETENTION_LOCKED, Inputs.is(Inputs.str(r, "state"), "Locked"))
                .put(Property.LOCATION, accountLocation(plan, r));
    }

    private static void immutability(Rules.Props p, Object policy) {
        String state = Inputs.str(policy, "state");
        Integer days = Inputs.integer(policy, "immutabilityPeriodSinceCreationInDays");
        if (days != null && !Inputs.is(state, "Disabled")) {
            p.put(Property.RETENTION_DAYS, days);
            p.put(Property.RETENTION_LOCKED, Inputs.is(state, "Locked"));
        }
    }

    private static String keyUri(PlannedResource r) {
        String vaultUri = Inputs.str(r, "encryption.keyVaultProperties.keyVaultUri");
        String keyName = Inputs.str(r, "encryption.keyVaultProperties.keyName");
        if (vaultUri == null || keyName == null) {
            return null;
        }
        return (vaultUri.endsWith("/") ? vaultUri : vaultUri + "/") + "keys/" + keyName;
    }

    /** {@code Microsoft.Keyvault} (any case) means a customer key; {@code Microsoft.Storage} or nothing, Microsoft's. */
    private static String custody(Plan plan, String keySource, String keyUri) {
        return Inputs.is(keySource, "Microsoft.Keyvault") ? KeyCustodies.ofKeyUri(plan, keyUri) : KeyCustody.PROVIDER.wire();
    }

    private static Double tlsOrDefault(String minimumTlsVersion) {
        Double tls = Values.tls(minimumTlsVersion);
        return tls != null ? tls : minimumTlsVersion == null ? (Double) 1.0 : null;
    }

    private static String accountLocation(Plan plan, PlannedResource r) {
        return Neighbours.parentLocation(plan, r, ACCOUNT, "accountName");
    }

    static boolean zoneRedundant(String sku) {
        return sku != null && List.of("ZRS", "GZRS", "RAGZRS").stream().anyMatch(s -> sku.toUpperCase(java.util.Locale.ROOT).endsWith("_" + s));
    }
}
