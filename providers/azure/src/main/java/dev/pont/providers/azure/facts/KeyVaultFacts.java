package dev.pont.providers.azure.facts;

import static dev.pont.core.facts.Rules.props;

import dev.pont.core.facts.Property;
import dev.pont.core.facts.Rules;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.ResourceKind;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Key Vault and Managed HSM as the key vault, Key Vault secrets as secrets. Keys and secrets live
 * where their vault lives; a key is HSM-backed per {@link KeyCustodies#hsm}.
 */
final class KeyVaultFacts {
    static final String KEY = "azure-native:keyvault:Key";
    private static final String ROLE = ResourceKind.KEY_VAULT.role();

    private KeyVaultFacts() {}

    static void register(Rules rules) {
        rules.on(KeyCustodies.VAULT, ROLE, KeyVaultFacts::vault)
                .on("azure-native:keyvault:ManagedHsm", ROLE, KeyVaultFacts::managedHsm)
                .onInPlan(KEY, ROLE, KeyVaultFacts::key)
                .onInPlan("azure-native:keyvault:Secret", ResourceKind.SECRET.role(), KeyVaultFacts::secret)
                .on("azure-native:keyvault:PrivateEndpointConnection", AzureFacts.PRIVATE_ENDPOINT, r -> props())
                .on("azure-native:keyvault:MHSMPrivateEndpointConnection", AzureFacts.PRIVATE_ENDPOINT, r -> props());
    }

    /**
     * Purge protection is off unless enabled; soft delete keeps deleted objects 90 days unless told
     * otherwise (vaults can no longer opt out, an explicit {@code enableSoftDelete: false} reads 0).
     */
    static Rules.Props vault(PlannedResource r) {
        boolean softDelete = !Boolean.FALSE.equals(Inputs.bool(r, "properties.enableSoftDelete"));
        Integer days = Inputs.integer(r, "properties.softDeleteRetentionInDays");
        boolean open = !Inputs.is(Inputs.str(r, "properties.publicNetworkAccess"), "Disabled");
        Rules.Props p = props()
                .put(Property.PURGE_PROTECTION, Boolean.TRUE.equals(Inputs.bool(r, "properties.enablePurgeProtection")))
                .put(Property.SOFT_DELETE_DAYS, softDelete ? (days == null ? 90 : days) : 0)
                .put(Property.PUBLIC_ENDPOINT, open)
                .put(Property.LOCATION, Inputs.location(r));
        if (open) {
            p.put(Property.ALLOWED_CIDRS, Exposures.allowed(r, "properties.networkAcls"));
        }
        return p;
    }

    /** Every key of a managed HSM is in a FIPS 140-2 level 3 HSM; soft delete is always on, 90 days unless set. */
    static Rules.Props managedHsm(PlannedResource r) {
        Integer days = Inputs.integer(r, "properties.softDeleteRetentionInDays");
        return props()
                .put(Property.HSM_BACKED, true)
                .put(Property.PURGE_PROTECTION, Boolean.TRUE.equals(Inputs.bool(r, "properties.enablePurgeProtection")))
                .put(Property.SOFT_DELETE_DAYS, days == null ? 90 : days)
                .put(Property.PUBLIC_ENDPOINT, !Inputs.is(Inputs.str(r, "properties.publicNetworkAccess"), "Disabled"))
                .put(Property.LOCATION, Inputs.location(r));
    }

    static Rules.Props key(PlannedResource r, Plan plan) {
        Optional<PlannedResource> vault = Neighbours.parent(plan, r, KeyCustodies.VAULT, "vaultName");
        return props()
                .put(Property.HSM_BACKED, KeyCustodies.hsm(r, vault))
                .put(Property.ROTATION_DAYS, rotationDays(r))
                .put(Property.LOCATION, vault.map(Inputs::location).orElse(null));
    }

    /**
     * How often Key Vault makes a new version: the shortest {@code Rotate} action, after creation
     * ({@code timeAfterCreate}) or before expiry ({@code expiryTime} minus {@code timeBeforeExpiry}).
     * No rotate action, no rotation.
     */
    static Integer rotationDays(PlannedResource r) {
        Integer expiry = Values.days(Inputs.str(r, "properties.rotationPolicy.attributes.expiryTime"));
        return Inputs.maps(r, "properties.rotationPolicy.lifetimeActions").stream()
                .filter(a -> Inputs.is(Inputs.str(a, "action.type"), "Rotate"))
                .map(a -> rotateAfter(a, expiry))
                .filter(Objects::nonNull)
                .min(Integer::compare).orElse(null);
    }

    private static Integer rotateAfter(Map<String, Object> action, Integer expiry) {
        Integer afterCreate = Values.days(Inputs.str(action, "trigger.timeAfterCreate"));
        if (afterCreate != null) {
            return afterCreate;
        }
        Integer beforeExpiry = Values.days(Inputs.str(action, "trigger.timeBeforeExpiry"));
        return beforeExpiry != null && expiry != null ? expiry - beforeExpiry : null;
    }

    /** Key Vault always encrypts secrets at rest; a secret expires only if it carries an expiry time ({@code exp}). */
    static Rules.Props secret(PlannedResource r, Plan plan) {
        return props()
                .put(Property.ENCRYPTED_AT_REST, true)
                .put(Property.SECRET_EXPIRY, Inputs.at(r, "properties.attributes.expires") != null)
                .put(Property.LOCATION, Neighbours.parentLocation(plan, r, KeyCustodies.VAULT, "vaultName"));
    }
}
