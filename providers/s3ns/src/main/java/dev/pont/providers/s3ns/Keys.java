package dev.pont.providers.s3ns;

import com.pulumi.gcp.kms.CryptoKey;
import com.pulumi.gcp.kms.CryptoKeyArgs;
import com.pulumi.gcp.kms.KeyRing;
import com.pulumi.gcp.kms.KeyRingArgs;
import com.pulumi.gcp.kms.inputs.CryptoKeyVersionTemplateArgs;
import com.pulumi.gcp.secretmanager.Secret;
import com.pulumi.gcp.secretmanager.SecretArgs;
import com.pulumi.gcp.secretmanager.SecretVersion;
import com.pulumi.gcp.secretmanager.SecretVersionArgs;
import com.pulumi.gcp.secretmanager.inputs.SecretReplicationArgs;
import com.pulumi.gcp.secretmanager.inputs.SecretReplicationUserManagedArgs;
import com.pulumi.gcp.secretmanager.inputs.SecretReplicationUserManagedReplicaArgs;
import dev.pont.core.adapter.Realised;
import dev.pont.core.adapter.Scope;
import dev.pont.core.facts.Property;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.SecretSpec;
import dev.pont.providers.s3ns.Handles.KeyHandle;
import dev.pont.providers.s3ns.Handles.KeyVaultHandle;
import dev.pont.providers.s3ns.Handles.SecretHandle;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Key vaults (a Cloud KMS key ring and its keys) and secrets (Secret Manager). */
final class Keys {
    static final String ISSUED_ON_SUFFIX = "IssuedOn";
    private static final long DAY = 86_400;

    private final S3nsRun run;

    Keys(S3nsRun run) {
        this.run = run;
    }

    Realised keyVault(Scope scope, KeyVaultSpec spec) {
        Map<String, String> labels = run.labels(scope);
        apiEndpoint(scope, "Cloud KMS", spec.exposure());
        KeyRing ring = new KeyRing(scope.child("ring"), KeyRingArgs.builder()
                .name(run.name(scope, ""))
                .project(run.project)
                .location(run.region)
                .build(), run.options(scope));
        Map<String, KeyHandle> keys = new LinkedHashMap<>();
        for (KeySpec k : spec.keys()) {
            keys.put(k.name(), key(scope, spec, k, ring, labels));
        }
        return Realised.of(ring.id(), new KeyVaultHandle(scope.name(), ring, keys));
    }

    private KeyHandle key(Scope scope, KeyVaultSpec vault, KeySpec k, KeyRing ring, Map<String, String> labels) {
        String wanted = k.algorithm().wire() + "-" + k.size();
        S3nsData.KmsKey kms = S3nsData.KMS_KEYS.get(wanted);
        if (kms == null) {
            throw scope.error("key '" + k.name() + "': Cloud KMS has no " + wanted + " key: use one of " + S3nsData.KMS_KEYS.keySet());
        }
        scope.choice("key-algorithm", k.name() + " " + wanted, kms.purpose() + " " + kms.algorithm(), kms.verified(), "");
        if (k.algorithm() == KeySpec.Algorithm.RSA) {
            scope.degraded("key '" + k.name() + "' (" + wanted + ") is a symmetric " + kms.algorithm() + " key: Cloud KMS"
                    + " customer-managed encryption of Cloud Storage, disks and Cloud SQL takes symmetric keys only, and only they rotate",
                    Property.ROTATION_DAYS);
        }
        if (k.hsmBacked()) {
            scope.degraded("key '" + k.name() + "' is not HSM-backed: Cloud KMS on S3NS offers protection level "
                    + S3nsData.PROTECTION_LEVEL + " only (no HSM, HSM_SINGLE_TENANT or EXTERNAL)", Property.HSM_BACKED);
        }
        var args = CryptoKeyArgs.builder()
                .name(k.name())
                .keyRing(ring.id())
                .purpose(kms.purpose())
                .versionTemplate(CryptoKeyVersionTemplateArgs.builder()
                        .algorithm(kms.algorithm())
                        .protectionLevel(S3nsData.PROTECTION_LEVEL)
                        .build())
                .destroyScheduledDuration(vault.softDeleteDays() * DAY + "s")
                .labels(labels);
        if (k.rotationDays() > 0) {
            if (kms.rotates()) {
                args.rotationPeriod(k.rotationDays() * DAY + "s");
            } else {
                scope.degraded("key '" + k.name() + "' does not rotate every " + k.rotationDays() + " days: Cloud KMS rotates"
                        + " symmetric keys only; create new versions of this " + kms.purpose() + " key yourself", Property.ROTATION_DAYS);
            }
        }
        CryptoKey key = new CryptoKey(scope.child(k.name()), args.build(), run.options(scope, ring));
        return new KeyHandle(scope.name(), k.name(), key, kms.customerManagedEncryption());
    }

    /**
     * Google APIs have no per-resource network switch: a private exposure is IAM plus Private Google
     * Access from the subnets, and confining the API to the network needs a VPC Service Controls
     * perimeter, an organisation-level setting no stack should own.
     */
    static void apiEndpoint(Scope scope, String service, Exposure exposure) {
        if (exposure.publicEndpoint()) {
            if (!exposure.allowedCidrs().isEmpty()) {
                scope.degraded("allowed CIDRs " + exposure.allowedCidrs() + " are not enforced: " + service
                        + " has no IP filter Pont can set; access is by IAM only", Property.ALLOWED_CIDRS);
            }
            return;
        }
        scope.degraded(service + " is reached on its API endpoint (*." + S3nsData.UNIVERSE.domain() + "), which has no"
                + " per-resource network switch: access is by IAM only"
                + (exposure.subnet() == null ? "" : ", from subnet " + exposure.subnet() + " through Private Google Access")
                + "; confining it to the network needs a VPC Service Controls perimeter (organisation level, not realised)",
                Property.PUBLIC_ENDPOINT, Property.PRIVATE_ENDPOINT, Property.ALLOWED_CIDRS);
    }

    Realised secret(Scope scope, SecretSpec spec) {
        scope.lookup(spec.vault(), KeyVaultHandle.class);
        var args = SecretArgs.builder()
                .secretId(run.name(scope, ""))
                .project(run.project)
                .replication(SecretReplicationArgs.builder()
                        .userManaged(SecretReplicationUserManagedArgs.builder()
                                .replicas(SecretReplicationUserManagedReplicaArgs.builder().location(run.region).build())
                                .build())
                        .build())
                .labels(run.labels(scope));
        if (spec.expiryDays() > 0) {
            expiry(scope, spec).ifPresent(args::expireTime);
        }
        Secret secret = new Secret(scope.child("secret"), args.build(), run.options(scope));
        new SecretVersion(scope.child("value"), SecretVersionArgs.builder()
                .secret(secret.id())
                .secretData(run.session.config().secret(spec.configKey()))
                .enabled(true)
                .build(), run.options(scope));
        return Realised.of(secret.id(), new SecretHandle(secret));
    }

    /**
     * Secret Manager takes an absolute expiry time (or a TTL counted from the secret's creation,
     * which a new value never moves). Pont never reads the clock, so the expiry counts from the day
     * the value was set, read from config, as on Azure.
     */
    private Optional<String> expiry(Scope scope, SecretSpec spec) {
        String key = spec.configKey() + ISSUED_ON_SUFFIX;
        Optional<String> issued = run.session.config().get(key).filter(v -> !v.isBlank());
        if (issued.isEmpty()) {
            scope.degraded("the secret gets no expiry time: Secret Manager takes an absolute time (a TTL would count from the"
                    + " secret's creation, not from its value) and Pont writes nothing that depends on the clock; set " + key
                    + " to the day the value was set (YYYY-MM-DD) to expire it " + spec.expiryDays() + " days later", Property.SECRET_EXPIRY);
            return Optional.empty();
        }
        LocalDate day;
        try {
            day = LocalDate.parse(issued.get());
        } catch (DateTimeParseException e) {
            throw scope.error("config value " + key + " '" + issued.get() + "' is not a date: set it to the day the secret value"
                    + " was set, as YYYY-MM-DD");
        }
        scope.degraded("on " + day.plusDays(spec.expiryDays()) + " Secret Manager deletes the secret with all its versions"
                + " (it has no 'expired but kept' state): set a new value and " + key + " before then", Property.SECRET_EXPIRY);
        return Optional.of(day.plusDays(spec.expiryDays()) + "T00:00:00Z");
    }
}
