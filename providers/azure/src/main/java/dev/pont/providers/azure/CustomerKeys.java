package dev.pont.providers.azure;

import com.pulumi.azurenative.authorization.RoleAssignment;
import com.pulumi.azurenative.compute.DiskEncryptionSet;
import com.pulumi.azurenative.compute.DiskEncryptionSetArgs;
import com.pulumi.azurenative.compute.enums.DiskEncryptionSetIdentityType;
import com.pulumi.azurenative.compute.enums.DiskEncryptionSetType;
import com.pulumi.azurenative.compute.inputs.EncryptionSetIdentityArgs;
import com.pulumi.azurenative.compute.inputs.KeyForDiskEncryptionSetArgs;
import com.pulumi.azurenative.compute.inputs.SourceVaultArgs;
import com.pulumi.azurenative.keyvault.Key;
import com.pulumi.azurenative.managedidentity.UserAssignedIdentity;
import com.pulumi.azurenative.managedidentity.UserAssignedIdentityArgs;
import dev.pont.core.adapter.Scope;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.Refs;
import java.util.List;

/**
 * Customer-managed keys: each consumer gets its own managed identity allowed to wrap and unwrap
 * with that one key (nothing else), and uses the key through it.
 */
final class CustomerKeys {

    /** A key a consumer may use, through {@code identity}, once {@code grant} exists. */
    record Access(Handles.Vault vault, Key key, UserAssignedIdentity identity, RoleAssignment grant) {
    }

    private final AzureRun run;

    CustomerKeys(AzureRun run) {
        this.run = run;
    }

    Access access(Scope scope, Refs.KeyRef ref) {
        Handles.Vault vault = scope.lookup(ref.vault(), Handles.Vault.class);
        KeySpec spec = vault.spec().key(ref.key()).orElseThrow();
        if (spec.algorithm() != KeySpec.Algorithm.RSA) {
            throw scope.error("key " + ref + " is " + spec.algorithm().wire() + ": Azure encrypts storage, disks and databases only"
                    + " with RSA customer-managed keys; use an RSA key");
        }
        Key key = vault.keys().get(ref.key());
        String name = scope.child("cmk-identity");
        UserAssignedIdentity identity = new UserAssignedIdentity(name, UserAssignedIdentityArgs.builder()
                .resourceName(name)
                .resourceGroupName(run.resourceGroupName())
                .location(run.location())
                .tags(run.tags(scope))
                .build(), scope.options(null));
        RoleAssignment grant = run.assignRole(scope, "cmk-access", BuiltInRole.KEY_VAULT_CRYPTO_SERVICE_ENCRYPTION_USER,
                identity.principalId(), key.id(), scope.name() + " to encrypt with key " + ref);
        return new Access(vault, key, identity, grant);
    }

    /** A disk encryption set over the key, ready once its identity may use the key. */
    DiskEncryptionSet diskEncryptionSet(Scope scope, Refs.KeyRef ref) {
        Access access = access(scope, ref);
        String name = scope.child("des");
        return new DiskEncryptionSet(name, DiskEncryptionSetArgs.builder()
                .diskEncryptionSetName(name)
                .resourceGroupName(run.resourceGroupName())
                .location(run.location())
                .encryptionType(DiskEncryptionSetType.EncryptionAtRestWithCustomerKey)
                .identity(EncryptionSetIdentityArgs.builder()
                        .type(DiskEncryptionSetIdentityType.UserAssigned)
                        .userAssignedIdentities(access.identity().id().applyValue(List::of))
                        .build())
                .activeKey(KeyForDiskEncryptionSetArgs.builder()
                        .keyUrl(access.key().keyUriWithVersion())
                        .sourceVault(SourceVaultArgs.builder().id(access.vault().vault().id()).build())
                        .build())
                // Key Vault rotates the key; the set follows to the newest version without a redeploy.
                .rotationToLatestKeyVersionEnabled(true)
                .tags(run.tags(scope))
                .build(), scope.options(null, access.grant()));
    }
}
