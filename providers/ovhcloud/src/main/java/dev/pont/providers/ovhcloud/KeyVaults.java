package dev.pont.providers.ovhcloud;

import com.pulumi.resources.CustomResourceOptions;
import dev.pont.core.adapter.Realised;
import dev.pont.core.facts.Property;
import dev.pont.core.adapter.Scope;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.SecretSpec;
import dev.pont.providers.ovhcloud.Regions.Service;
import dev.pont.providers.ovhcloud.bindings.ovh.Okms;
import dev.pont.providers.ovhcloud.bindings.ovh.OkmsArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.OkmsSecret;
import dev.pont.providers.ovhcloud.bindings.ovh.OkmsSecretArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.OkmsSecretMetadataArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.OkmsSecretVersionArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.OvhPackage;
import dev.pont.providers.ovhcloud.bindings.ovh.ServiceKey;
import dev.pont.providers.ovhcloud.bindings.ovh.ServiceKeyArgs;
import java.util.LinkedHashMap;
import java.util.Map;

/** Key vaults and secrets: an OKMS domain per vault, one service key per key, Secret Manager secrets in the domain. */
final class KeyVaults {
    private final OvhRun run;

    KeyVaults(OvhRun run) {
        this.run = run;
    }

    Realised keyVault(Scope scope, KeyVaultSpec spec) {
        var okms = new Okms(scope.child(""), OkmsArgs.builder()
                .displayName(run.cloudName(scope))
                .ovhSubsidiary(run.session().config().get(OvhcloudAdapter.SUBSIDIARY).filter(v -> !v.isBlank())
                        .orElse(OvhcloudAdapter.SETTINGS.kmsSubsidiary()))
                .region(run.region(scope, Service.KMS))
                .build(), scope.options(run.ovh()));
        // OKMS has no purge protection: Pulumi's protect flag at least stops `pulumi destroy` from deleting keys.
        var protect = CustomResourceOptions.merge(scope.options(run.ovh()), CustomResourceOptions.builder().protect(true).build());
        Map<String, ServiceKey> keys = new LinkedHashMap<>();
        for (KeySpec k : spec.keys()) {
            keys.put(k.name(), new ServiceKey(scope.child(k.name()), serviceKey(scope, okms, k).build(), protect));
            if (k.rotationDays() > 0) {
                scope.degraded("key '" + k.name() + "': rotation every " + k.rotationDays() + " days is not set: ovh " + OvhPackage.VERSION
                        + " has no rotation setting for OKMS service keys; rotate by creating a new key outside Pulumi", Property.ROTATION_DAYS);
            }
            if (k.hsmBacked()) {
                scope.degraded("key '" + k.name() + "': HSM-backed asked, but an OKMS service key has no protection-level choice in ovh "
                        + OvhPackage.VERSION + ", and OVHcloud does not document the key as held in an HSM", Property.HSM_BACKED);
            }
        }
        scope.degraded("deleted keys are not kept " + spec.softDeleteDays() + " days: OKMS in ovh " + OvhPackage.VERSION
                + " has no soft delete or purge protection; keys are protected in Pulumi state only (protect), not against deletion in the console or API",
                Property.SOFT_DELETE_DAYS, Property.PURGE_PROTECTION);
        if (!spec.exposure().openToInternet()) {
            scope.degraded("the KMS has no private endpoint or network filter: its REST and KMIP endpoints are public, "
                    + "access is controlled by OVHcloud IAM and client certificates", Property.PUBLIC_ENDPOINT, Property.PRIVATE_ENDPOINT);
        }
        return new Realised(okms.id(), okms.restEndpoint(), new Handles.KeyVault(okms, Map.copyOf(keys)));
    }

    private ServiceKeyArgs.Builder serviceKey(Scope scope, Okms okms, KeySpec k) {
        Settings.KeyType type = OvhcloudAdapter.SETTINGS.keyTypes().get(k.algorithm().wire());
        var args = ServiceKeyArgs.builder()
                .okmsId(okms.id())
                .name(k.name())
                .type(type.type())
                .operations(type.operations());
        String chosen;
        if (k.algorithm() == KeySpec.Algorithm.EC) {
            String curve = OvhcloudAdapter.SETTINGS.ecCurves().get(String.valueOf(k.size()));
            args.curve(curve);
            chosen = type.type() + " " + curve;
        } else {
            args.size((double) k.size());
            chosen = type.type() + " " + k.size();
        }
        scope.choice("key-type", k.name() + ": " + k.algorithm().wire() + " " + k.size(),
                chosen + " (" + String.join(", ", type.operations()) + ")", type.verified(), type.note());
        return args;
    }

    Realised secret(Scope scope, SecretSpec spec) {
        var vault = scope.lookup(spec.vault(), Handles.KeyVault.class);
        var metadata = OkmsSecretMetadataArgs.builder().customMetadata(scope.labels().asMap());
        if (spec.expiryDays() > 0) {
            String after = (spec.expiryDays() * 24) + "h";
            metadata.deactivateVersionAfter(after);
            scope.choice("secret-expiry", spec.expiryDays() + " days", "versions deactivated after " + after, false,
                    "duration syntax assumed from the Vault KV2-compatible API");
        }
        var secret = new OkmsSecret(scope.child(""), OkmsSecretArgs.builder()
                .okmsId(vault.okms().id())
                .path(run.session().stack() + "/" + scope.name())
                .metadata(metadata.build())
                .version(OkmsSecretVersionArgs.builder().data(run.session().config().secret(spec.configKey())).build())
                .build(), scope.options(run.ovh()));
        return Realised.of(secret.id(), new Handles.Secret(secret));
    }
}
