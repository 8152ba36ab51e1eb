package dev.pont.providers.azure;

import com.pulumi.azurenative.storage.BlobContainer;
import com.pulumi.azurenative.storage.BlobContainerArgs;
import com.pulumi.azurenative.storage.BlobServiceProperties;
import com.pulumi.azurenative.storage.BlobServicePropertiesArgs;
import com.pulumi.azurenative.storage.StorageAccount;
import com.pulumi.azurenative.storage.StorageAccountArgs;
import com.pulumi.azurenative.storage.enums.AccessTier;
import com.pulumi.azurenative.storage.enums.AccountImmutabilityPolicyState;
import com.pulumi.azurenative.storage.enums.Action;
import com.pulumi.azurenative.storage.enums.Bypass;
import com.pulumi.azurenative.storage.enums.DefaultAction;
import com.pulumi.azurenative.storage.enums.IdentityType;
import com.pulumi.azurenative.storage.enums.KeySource;
import com.pulumi.azurenative.storage.enums.KeyType;
import com.pulumi.azurenative.storage.enums.Kind;
import com.pulumi.azurenative.storage.enums.MinimumTlsVersion;
import com.pulumi.azurenative.storage.enums.PublicAccess;
import com.pulumi.azurenative.storage.enums.PublicNetworkAccess;
import com.pulumi.azurenative.storage.enums.SkuName;
import com.pulumi.azurenative.storage.inputs.AccountImmutabilityPolicyPropertiesArgs;
import com.pulumi.azurenative.storage.inputs.DeleteRetentionPolicyArgs;
import com.pulumi.azurenative.storage.inputs.EncryptionArgs;
import com.pulumi.azurenative.storage.inputs.EncryptionIdentityArgs;
import com.pulumi.azurenative.storage.inputs.EncryptionServiceArgs;
import com.pulumi.azurenative.storage.inputs.EncryptionServicesArgs;
import com.pulumi.azurenative.storage.inputs.IPRuleArgs;
import com.pulumi.azurenative.storage.inputs.IdentityArgs;
import com.pulumi.azurenative.storage.inputs.ImmutableStorageAccountArgs;
import com.pulumi.azurenative.storage.inputs.KeyVaultPropertiesArgs;
import com.pulumi.azurenative.storage.inputs.NetworkRuleSetArgs;
import com.pulumi.azurenative.storage.inputs.SkuArgs;
import com.pulumi.resources.Resource;
import dev.pont.core.adapter.Realised;
import dev.pont.core.adapter.Scope;
import dev.pont.core.facts.Property;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.ObjectStoreSpec;
import java.util.ArrayList;
import java.util.List;

/** An object store is a StorageV2 account holding one private blob container. */
final class ObjectStores {
    /** Config key to set after the first deployment to lock immutability policies (irreversible). */
    static final String LOCK_KEY = "pont:azureImmutabilityLocked";
    /** Soft delete for blobs and containers: not in the neutral spec, a safety net Azure offers (Azure's portal default). */
    static final int SOFT_DELETE_DAYS = 7;
    /** RFC 1918 ranges: storage IP rules do not accept them. */
    private static final List<Cidr> PRIVATE_RANGES = List.of(Cidr.parse("10.0.0.0/8"), Cidr.parse("172.16.0.0/12"),
            Cidr.parse("192.168.0.0/16"));

    private final AzureRun run;
    private final CustomerKeys keys;
    private final PrivateAccess privateAccess;

    ObjectStores(AzureRun run, CustomerKeys keys, PrivateAccess privateAccess) {
        this.run = run;
        this.keys = keys;
        this.privateAccess = privateAccess;
    }

    Realised objectStore(Scope scope, ObjectStoreSpec spec) {
        Exposure exposure = spec.exposure();
        StorageAccountArgs.Builder args = StorageAccountArgs.builder()
                .accountName(run.globalName(scope, AzureNames::storageAccount))
                .resourceGroupName(run.resourceGroupName())
                .location(run.location())
                .kind(Kind.StorageV2)
                .sku(SkuArgs.builder()
                        .name(run.session().placement().zoneRedundant() ? SkuName.Standard_ZRS : SkuName.Standard_LRS).build())
                .accessTier(AccessTier.Hot)
                .minimumTlsVersion(MinimumTlsVersion.TLS1_2)
                .enableHttpsTrafficOnly(true)
                .allowBlobPublicAccess(false)
                // Entra ID only: no account keys, hence no account or service SAS either.
                .allowSharedKeyAccess(false)
                .defaultToOAuthAuthentication(true)
                .allowCrossTenantReplication(false)
                .isLocalUserEnabled(false)
                .isSftpEnabled(false)
                .isHnsEnabled(false)
                .publicNetworkAccess(exposure.publicEndpoint() ? PublicNetworkAccess.Enabled : PublicNetworkAccess.Disabled)
                .networkRuleSet(NetworkRuleSetArgs.builder()
                        .defaultAction(exposure.openToInternet() ? DefaultAction.Allow : DefaultAction.Deny)
                        .bypass(Bypass.None)
                        .ipRules(ipRules(scope, exposure))
                        .build())
                .tags(run.tags(scope));
        EncryptionArgs.Builder encryption = EncryptionArgs.builder()
                .requireInfrastructureEncryption(true)
                .services(EncryptionServicesArgs.builder()
                        .blob(EncryptionServiceArgs.builder().enabled(true).keyType(KeyType.Account).build())
                        .file(EncryptionServiceArgs.builder().enabled(true).keyType(KeyType.Account).build())
                        .build());
        List<Resource> dependsOn = new ArrayList<>();
        if (spec.encryptionKey() != null) {
            CustomerKeys.Access access = keys.access(scope, spec.encryptionKey());
            args.identity(IdentityArgs.builder()
                    .type(IdentityType.UserAssigned)
                    .userAssignedIdentities(access.identity().id().applyValue(List::of))
                    .build());
            encryption.keySource(KeySource.Microsoft_Keyvault)
                    // No key version: Storage follows Key Vault's rotation to the newest version by itself.
                    .keyVaultProperties(KeyVaultPropertiesArgs.builder()
                            .keyVaultUri(access.vault().uri())
                            .keyName(spec.encryptionKey().key())
                            .build())
                    .encryptionIdentity(EncryptionIdentityArgs.builder()
                            .encryptionUserAssignedIdentity(access.identity().id())
                            .build());
            dependsOn.add(access.grant());
        } else {
            encryption.keySource(KeySource.Microsoft_Storage);
        }
        args.encryption(encryption.build());
        if (spec.retentionDays() > 0) {
            args.immutableStorageWithVersioning(immutability(scope, spec));
        }
        StorageAccount account = new StorageAccount(scope.child("account"), args.build(),
                scope.options(null, dependsOn.toArray(Resource[]::new)));
        BlobServiceProperties blobService = new BlobServiceProperties(scope.child("blob"), BlobServicePropertiesArgs.builder()
                .accountName(account.name())
                .resourceGroupName(run.resourceGroupName())
                .blobServicesName("default")
                .isVersioningEnabled(spec.versioned())
                .deleteRetentionPolicy(DeleteRetentionPolicyArgs.builder().enabled(true).days(SOFT_DELETE_DAYS).build())
                .containerDeleteRetentionPolicy(DeleteRetentionPolicyArgs.builder().enabled(true).days(SOFT_DELETE_DAYS).build())
                .build(), scope.options(null));
        String containerName = AzureNames.container(scope.name());
        BlobContainer container = new BlobContainer(scope.child("container"), BlobContainerArgs.builder()
                .accountName(account.name())
                .resourceGroupName(run.resourceGroupName())
                .containerName(containerName)
                .publicAccess(PublicAccess.None)
                .build(), scope.options(null, blobService));
        privateAccess.endpoint(scope, exposure, account.id(), "blob");
        PrivateAccess.checkCidrsWithoutSubnet(scope, exposure);
        return new Realised(account.id(), account.primaryEndpoints().applyValue(e -> e.blob() + containerName),
                new Handles.ObjectStore(scope.name(), account, blobService, container));
    }

    /**
     * Version-level WORM for the whole account: every blob version is kept {@code retentionDays}.
     * Azure creates such a policy unlocked only; locking is a later, irreversible update.
     */
    private ImmutableStorageAccountArgs immutability(Scope scope, ObjectStoreSpec spec) {
        boolean lock = spec.retentionLocked() && run.session().config().get(LOCK_KEY).map(Boolean::parseBoolean).orElse(false);
        if (spec.retentionLocked() && !lock) {
            scope.degraded("retention is not locked yet: Azure creates immutability policies unlocked and locks them only on a"
                    + " later update, which cannot be undone; after the first deployment set " + LOCK_KEY + "=true and deploy again",
                    Property.RETENTION_LOCKED);
        }
        return ImmutableStorageAccountArgs.builder()
                .enabled(true)
                .immutabilityPolicy(AccountImmutabilityPolicyPropertiesArgs.builder()
                        .immutabilityPeriodSinceCreationInDays(spec.retentionDays())
                        .state(lock ? AccountImmutabilityPolicyState.Locked : AccountImmutabilityPolicyState.Unlocked)
                        .allowProtectedAppendWrites(false)
                        .build())
                .build();
    }

    /** Public exposure's CIDRs as storage IP rules: single addresses for /32, no private ranges (Azure rejects them). */
    private static List<IPRuleArgs> ipRules(Scope scope, Exposure exposure) {
        if (!exposure.publicEndpoint() || exposure.openToInternet()) {
            return List.of();
        }
        List<IPRuleArgs> rules = new ArrayList<>();
        for (Cidr cidr : exposure.allowedCidrs()) {
            if (PRIVATE_RANGES.stream().anyMatch(r -> r.contains(cidr))) {
                scope.degraded("allowed CIDR " + cidr + " is a private range, which storage firewalls do not accept: reach the"
                        + " store from private addresses through a private endpoint (exposure subnet)", Property.ALLOWED_CIDRS);
                continue;
            }
            if (cidr.prefix() >= 31) {
                // Storage takes /31 and /32 only as single addresses.
                for (int i = 0; i < (cidr.prefix() == 31 ? 2 : 1); i++) {
                    rules.add(ipRule(cidr.host(i)));
                }
            } else {
                rules.add(ipRule(cidr.toString()));
            }
        }
        return rules;
    }

    private static IPRuleArgs ipRule(String value) {
        return IPRuleArgs.builder().iPAddressOrRange(value).action(Action.Allow).build();
    }
}
