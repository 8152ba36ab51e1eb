package dev.pont.providers.azure;

import com.pulumi.azurenative.keyvault.Key;
import com.pulumi.azurenative.keyvault.KeyArgs;
import com.pulumi.azurenative.keyvault.Secret;
import com.pulumi.azurenative.keyvault.SecretArgs;
import com.pulumi.azurenative.keyvault.Vault;
import com.pulumi.azurenative.keyvault.VaultArgs;
import com.pulumi.azurenative.keyvault.enums.JsonWebKeyCurveName;
import com.pulumi.azurenative.keyvault.enums.JsonWebKeyType;
import com.pulumi.azurenative.keyvault.enums.KeyRotationPolicyActionType;
import com.pulumi.azurenative.keyvault.enums.NetworkRuleAction;
import com.pulumi.azurenative.keyvault.enums.NetworkRuleBypassOptions;
import com.pulumi.azurenative.keyvault.enums.SkuFamily;
import com.pulumi.azurenative.keyvault.enums.SkuName;
import com.pulumi.azurenative.keyvault.inputs.ActionArgs;
import com.pulumi.azurenative.keyvault.inputs.IPRuleArgs;
import com.pulumi.azurenative.keyvault.inputs.KeyAttributesArgs;
import com.pulumi.azurenative.keyvault.inputs.KeyPropertiesArgs;
import com.pulumi.azurenative.keyvault.inputs.LifetimeActionArgs;
import com.pulumi.azurenative.keyvault.inputs.NetworkRuleSetArgs;
import com.pulumi.azurenative.keyvault.inputs.RotationPolicyArgs;
import com.pulumi.azurenative.keyvault.inputs.SecretAttributesArgs;
import com.pulumi.azurenative.keyvault.inputs.SecretPropertiesArgs;
import com.pulumi.azurenative.keyvault.inputs.SkuArgs;
import com.pulumi.azurenative.keyvault.inputs.TriggerArgs;
import com.pulumi.azurenative.keyvault.inputs.VaultPropertiesArgs;
import dev.pont.core.adapter.Realised;
import dev.pont.core.adapter.Scope;
import dev.pont.core.facts.Property;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.SecretSpec;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Key vaults with their keys, and secrets stored in them. */
final class KeyVaults {
    private static final Map<Integer, JsonWebKeyCurveName> CURVES = Map.of(
            256, JsonWebKeyCurveName.P256, 384, JsonWebKeyCurveName.P384, 521, JsonWebKeyCurveName.P521);

    private final AzureRun run;
    private final PrivateAccess privateAccess;

    KeyVaults(AzureRun run, PrivateAccess privateAccess) {
        this.run = run;
        this.privateAccess = privateAccess;
    }

    Realised keyVault(Scope scope, KeyVaultSpec spec) {
        boolean hsm = spec.keys().stream().anyMatch(KeySpec::hsmBacked);
        Exposure exposure = spec.exposure();
        Vault vault = new Vault(scope.child("vault"), VaultArgs.builder()
                .vaultName(run.globalName(scope, AzureNames::keyVault))
                .resourceGroupName(run.resourceGroupName())
                .location(run.location())
                .properties(VaultPropertiesArgs.builder()
                        .tenantId(run.tenantId())
                        // HSM-protected keys need the premium tier.
                        .sku(SkuArgs.builder().family(SkuFamily.A).name(hsm ? SkuName.Premium : SkuName.Standard).build())
                        .enableRbacAuthorization(true)
                        .enableSoftDelete(true)
                        .softDeleteRetentionInDays(spec.softDeleteDays())
                        .enablePurgeProtection(true)
                        .enabledForDeployment(false)
                        .enabledForDiskEncryption(false)
                        .enabledForTemplateDeployment(false)
                        .publicNetworkAccess(exposure.publicEndpoint() ? "Enabled" : "Disabled")
                        .networkAcls(NetworkRuleSetArgs.builder()
                                .defaultAction(exposure.openToInternet() ? NetworkRuleAction.Allow : NetworkRuleAction.Deny)
                                // Storage, disk encryption sets and PostgreSQL reach their customer-managed keys as trusted services.
                                .bypass(NetworkRuleBypassOptions.AzureServices)
                                .ipRules(exposure.publicEndpoint() && !exposure.openToInternet()
                                        ? exposure.allowedCidrs().stream().map(c -> IPRuleArgs.builder().value(c.toString()).build()).toList()
                                        : List.of())
                                .build())
                        .build())
                .tags(run.tags(scope))
                .build(), scope.options(null));
        Map<String, Key> keys = new LinkedHashMap<>();
        for (KeySpec key : spec.keys()) {
            keys.put(key.name(), key(scope, vault, key));
        }
        privateAccess.endpoint(scope, exposure, vault.id(), "vault");
        PrivateAccess.checkCidrsWithoutSubnet(scope, exposure);
        Handles.Vault handle = new Handles.Vault(scope.name(), spec, vault, keys);
        return new Realised(vault.id(), handle.uri(), handle);
    }

    private Key key(Scope scope, Vault vault, KeySpec spec) {
        boolean rsa = spec.algorithm() == KeySpec.Algorithm.RSA;
        KeyPropertiesArgs.Builder properties = KeyPropertiesArgs.builder()
                .kty(rsa ? (spec.hsmBacked() ? JsonWebKeyType.RSAHSM : JsonWebKeyType.RSA)
                        : (spec.hsmBacked() ? JsonWebKeyType.ECHSM : JsonWebKeyType.EC))
                .attributes(KeyAttributesArgs.builder().enabled(true).exportable(false).build());
        if (rsa) {
            properties.keySize(spec.size());
        } else {
            properties.curveName(CURVES.get(spec.size()));
        }
        if (spec.rotationDays() > 0) {
            int days = Math.max(spec.rotationDays(), run.rules().keyRotationMinDays());
            if (days != spec.rotationDays()) {
                scope.degraded("key '" + spec.name() + "' rotates every " + days + " days, not every " + spec.rotationDays()
                        + ": Key Vault rotation policies cannot rotate more often", Property.ROTATION_DAYS);
            }
            properties.rotationPolicy(RotationPolicyArgs.builder()
                    .lifetimeActions(LifetimeActionArgs.builder()
                            .trigger(TriggerArgs.builder().timeAfterCreate("P" + days + "D").build())
                            .action(ActionArgs.builder().type(KeyRotationPolicyActionType.Rotate).build())
                            .build())
                    .build());
        }
        return new Key(scope.child("key-" + spec.name()), KeyArgs.builder()
                .keyName(spec.name())
                .vaultName(vault.name())
                .resourceGroupName(run.resourceGroupName())
                .properties(properties.build())
                .tags(run.tags(scope))
                .build(), scope.options(null));
    }

    Realised secret(Scope scope, SecretSpec spec) {
        Handles.Vault vault = scope.lookup(spec.vault(), Handles.Vault.class);
        SecretAttributesArgs.Builder attributes = SecretAttributesArgs.builder().enabled(true);
        if (spec.expiryDays() > 0) {
            expiry(scope, spec).ifPresent(attributes::expires);
        }
        Secret secret = new Secret(scope.child("secret"), SecretArgs.builder()
                .secretName(scope.name())
                .vaultName(vault.vault().name())
                .resourceGroupName(run.resourceGroupName())
                .properties(SecretPropertiesArgs.builder()
                        // Kept secret end to end: config secret in, Pulumi secret out, redacted in every plan.
                        .value(run.session().config().secret(spec.configKey()))
                        .attributes(attributes.build())
                        .build())
                .tags(run.tags(scope))
                .build(), scope.options(null));
        return new Realised(secret.id(), secret.properties().applyValue(p -> p.secretUri()), new Handles.Secret(secret));
    }

    /**
     * Key Vault takes an absolute expiry time. Pont never reads the clock (plans must be the same on
     * every run), so the expiry counts from the day the value was set, read from config.
     */
    private Optional<Integer> expiry(Scope scope, SecretSpec spec) {
        String key = spec.configKey() + "IssuedOn";
        Optional<String> issued = run.session().config().get(key).filter(v -> !v.isBlank());
        if (issued.isEmpty()) {
            scope.degraded("the secret gets no expiry date: Key Vault expiry is an absolute time and Pont writes nothing that"
                    + " depends on the clock; set " + key + " to the day the value was set (YYYY-MM-DD) to expire it "
                    + spec.expiryDays() + " days later", Property.SECRET_EXPIRY);
            return Optional.empty();
        }
        LocalDate day;
        try {
            day = LocalDate.parse(issued.get());
        } catch (DateTimeParseException e) {
            throw scope.error("config value " + key + " '" + issued.get() + "' is not a date: set it to the day the secret value"
                    + " was set, as YYYY-MM-DD");
        }
        long expires = day.plusDays(spec.expiryDays()).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        if (expires > Integer.MAX_VALUE) {
            scope.degraded("the secret gets no expiry date: " + day.plusDays(spec.expiryDays()) + " is after 2038-01-19, the last"
                    + " date azure-native 2.10.0 can carry (a 32-bit epoch)", Property.SECRET_EXPIRY);
            return Optional.empty();
        }
        return Optional.of((int) expires);
    }
}
