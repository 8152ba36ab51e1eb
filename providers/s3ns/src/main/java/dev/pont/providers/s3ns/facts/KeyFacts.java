package dev.pont.providers.s3ns.facts;

import static dev.pont.core.facts.Rules.props;

import dev.pont.core.facts.KeyCustody;
import dev.pont.core.facts.Property;
import dev.pont.core.facts.Rules;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.ResourceKind;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Cloud KMS as the key vault, Secret Manager as secrets, and who holds the key behind a
 * customer-managed encryption key (CMEK) reference.
 *
 * <p>Cloud KMS semantics (cloud.google.com/kms/docs): key rings and keys cannot be deleted, only key
 * versions, and a version is destroyed only after a scheduled period ({@code destroyScheduledDuration},
 * 30 days when unset) during which it can be restored and which cannot be shortened: that is soft
 * delete with purge protection, always on. A key's protection level ({@code versionTemplate.protectionLevel},
 * SOFTWARE when unset) says whether its versions live in an HSM ({@code HSM}, {@code HSM_SINGLE_TENANT});
 * {@code EXTERNAL*} keys live outside Google and their backing is not known here. Rotation is
 * {@code rotationPeriod}; without it the key never rotates (no rotation stated).
 *
 * <p>The KMS API endpoint ({@code cloudkms.<universe>}) is reachable from the internet and has no
 * per-key-ring network switch (only an organisation-level VPC Service Controls perimeter confines it):
 * key rings and keys state a public endpoint, with access decided by IAM.
 */
final class KeyFacts {
    static final String KEY_RING = "gcp:kms/keyRing:KeyRing";
    static final String CRYPTO_KEY = "gcp:kms/cryptoKey:CryptoKey";
    private static final String VAULT = ResourceKind.KEY_VAULT.role();
    private static final String SECRET = ResourceKind.SECRET.role();
    private static final int DEFAULT_DESTROY_DAYS = 30;
    private static final Set<String> HSM_LEVELS = Set.of("HSM", "HSM_SINGLE_TENANT");

    private KeyFacts() {}

    static void register(Rules rules) {
        rules.on(KEY_RING, VAULT, r -> props()
                        .put(Property.PURGE_PROTECTION, true)
                        .put(Property.PUBLIC_ENDPOINT, true)
                        .put(Property.LOCATION, Gcp.region(Gcp.str(r, "location"))))
                .on(CRYPTO_KEY, VAULT, KeyFacts::cryptoKey)
                .on("gcp:kms/cryptoKeyVersion:CryptoKeyVersion", VAULT, r -> props()
                        .put(Property.LOCATION, Gcp.regionOfPath(Gcp.str(r, "cryptoKey"))))
                .on("gcp:kms/keyRingImportJob:KeyRingImportJob", GcpFacts.KEY_IMPORT, r -> props())
                .on("gcp:secretmanager/secret:Secret", SECRET, KeyFacts::secret)
                .on("gcp:secretmanager/regionalSecret:RegionalSecret", SECRET, r -> props()
                        .put(Property.ENCRYPTED_AT_REST, true)
                        .put(Property.KEY_CUSTODY, Gcp.str(r, "customerManagedEncryption.kmsKeyName") != null
                                ? KeyCustody.CUSTOMER.wire() : KeyCustody.PROVIDER.wire())
                        .put(Property.SECRET_EXPIRY, Gcp.at(r, "expireTime") != null || Gcp.at(r, "ttl") != null ? true : null)
                        .put(Property.LOCATION, Gcp.region(Gcp.str(r, "location"))))
                .on("gcp:secretmanager/secretVersion:SecretVersion", SECRET, r -> props().put(Property.ENCRYPTED_AT_REST, true))
                .on("gcp:secretmanager/regionalSecretVersion:RegionalSecretVersion", SECRET, r -> props().put(Property.ENCRYPTED_AT_REST, true));
    }

    static Rules.Props cryptoKey(PlannedResource r) {
        String level = level(r);
        Integer destroyDays = Gcp.at(r, "destroyScheduledDuration") == null ? (Integer) DEFAULT_DESTROY_DAYS
                : Gcp.days(Gcp.str(r, "destroyScheduledDuration"));
        return props()
                .put(Property.ROTATION_DAYS, Gcp.days(Gcp.str(r, "rotationPeriod")))
                .put(Property.HSM_BACKED, level.startsWith("EXTERNAL") ? null : HSM_LEVELS.contains(level))
                .put(Property.SOFT_DELETE_DAYS, destroyDays)
                .put(Property.PURGE_PROTECTION, true)
                .put(Property.PUBLIC_ENDPOINT, true)
                .put(Property.LOCATION, Gcp.regionOfPath(Gcp.str(r, "keyRing")));
    }

    private static String level(PlannedResource key) {
        String level = Gcp.str(key, "versionTemplate.protectionLevel");
        return level == null ? "SOFTWARE" : level.toUpperCase(Locale.ROOT);
    }

    /**
     * Secret Manager encrypts every secret at rest, with Google's keys unless the replication names
     * a customer key (every replica must, for the whole secret to be under customer keys). A secret
     * expires when it carries {@code expireTime} or {@code ttl}. Its locations are the user-managed
     * replicas; automatic replication lets Google choose them, so no location is stated.
     */
    static Rules.Props secret(PlannedResource r) {
        List<java.util.Map<String, Object>> replicas = Gcp.maps(r, "replication.userManaged.replicas");
        boolean customer;
        if (!replicas.isEmpty()) {
            customer = replicas.stream().allMatch(rep -> Gcp.str(rep, "customerManagedEncryption.kmsKeyName") != null);
        } else {
            customer = Gcp.str(r, "replication.auto.customerManagedEncryption.kmsKeyName") != null;
        }
        List<String> locations = replicas.stream().map(rep -> Gcp.region(Gcp.str(rep, "location"))).filter(Objects::nonNull)
                .sorted().distinct().toList();
        return props()
                .put(Property.ENCRYPTED_AT_REST, true)
                .put(Property.KEY_CUSTODY, customer ? KeyCustody.CUSTOMER.wire() : KeyCustody.PROVIDER.wire())
                .put(Property.SECRET_EXPIRY, Gcp.at(r, "expireTime") != null || Gcp.at(r, "ttl") != null ? true : null)
                .put(Property.LOCATION, locations.isEmpty() ? null : locations);
    }

    /**
     * The custody of data encrypted with the Cloud KMS key {@code keyName}: {@code customer-hsm} when
     * the plan holds that key with an HSM protection level, else {@code customer} (a key outside the
     * plan is only known to be the customer's).
     */
    static String custody(Plan plan, String keyName) {
        if (keyName == null) {
            return KeyCustody.PROVIDER.wire();
        }
        String key = keyName.replaceAll("/cryptoKeyVersions/[^/]+$", "");
        boolean hsm = Gcp.ofType(plan, CRYPTO_KEY).stream()
                .filter(k -> Gcp.same(k.id(), key) || Gcp.same(Gcp.str(k, "keyRing") + "/cryptoKeys/" + Gcp.str(k, "name"), key))
                .anyMatch(k -> HSM_LEVELS.contains(level(k)));
        return hsm ? KeyCustody.CUSTOMER_HSM.wire() : KeyCustody.CUSTOMER.wire();
    }
}
