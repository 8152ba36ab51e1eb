package dev.pont.providers.azure.facts;

import dev.pont.core.facts.KeyCustody;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import java.util.Optional;

/**
 * Who holds the key behind a customer-managed-key reference. A key is HSM-backed when it is an
 * {@code RSA-HSM}/{@code EC-HSM} key in a premium vault (Azure refuses HSM keys in standard vaults),
 * or any key of a managed HSM; a key the plan does not hold is only known to be the customer's.
 */
final class KeyCustodies {
    static final String VAULT = "azure-native:keyvault:Vault";
    static final String DISK_ENCRYPTION_SET = "azure-native:compute:DiskEncryptionSet";

    private KeyCustodies() {}

    /** Whether a Key Vault key resource is HSM-backed, given its vault if known. */
    static boolean hsm(PlannedResource key, Optional<PlannedResource> vault) {
        String kty = Inputs.str(key, "properties.kty");
        boolean hsmType = kty != null && kty.toUpperCase(java.util.Locale.ROOT).endsWith("-HSM");
        return hsmType && vault.map(KeyCustodies::premium).orElse(true);
    }

    static boolean premium(PlannedResource vault) {
        return Inputs.is(Inputs.str(vault, "properties.sku.name"), "premium");
    }

    /** The custody of data encrypted with the key at {@code keyUri}. */
    static String ofKeyUri(Plan plan, String keyUri) {
        return Neighbours.key(plan, keyUri)
                .map(k -> k.managedHsm() || k.key().map(key -> hsm(key, k.vault())).orElse(false)
                        ? KeyCustody.CUSTOMER_HSM : KeyCustody.CUSTOMER)
                .orElse(KeyCustody.CUSTOMER).wire();
    }

    /** The custody of disks encrypted through a disk encryption set (by id): the set's active key. */
    static String ofDiskEncryptionSet(Plan plan, String setId) {
        return Neighbours.byId(plan, setId, DISK_ENCRYPTION_SET, "diskEncryptionSetName")
                .map(set -> ofKeyUri(plan, Inputs.str(set, "activeKey.keyUrl")))
                .orElse(KeyCustody.CUSTOMER.wire());
    }
}
