package dev.pont.core.facts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import dev.pont.core.plan.Unknowns;

/**
 * The neutral properties facts speak of, each with how values from several cloud resources of
 * one neutral resource combine (a store is public if any part is; encrypted only if every part is).
 */
public enum Property {
    ENCRYPTED_AT_REST("encryptedAtRest", Merge.ALL_TRUE),
    KEY_CUSTODY("keyCustody", Merge.WEAKEST_CUSTODY),
    HSM_BACKED("hsmBacked", Merge.ANY_TRUE),
    ROTATION_DAYS("rotationDays", Merge.MIN),
    VERSIONED("versioned", Merge.ANY_TRUE),
    RETENTION_DAYS("retentionDays", Merge.MAX),
    RETENTION_LOCKED("retentionLocked", Merge.ANY_TRUE),
    SOFT_DELETE_DAYS("softDeleteDays", Merge.MAX),
    PURGE_PROTECTION("purgeProtection", Merge.ANY_TRUE),
    PUBLIC_ENDPOINT("publicEndpoint", Merge.ANY_TRUE),
    PRIVATE_ENDPOINT("privateEndpoint", Merge.ANY_TRUE),
    ALLOWED_CIDRS("allowedCidrs", Merge.UNION),
    TLS_MINIMUM("tlsMinimum", Merge.MIN),
    HTTPS_ONLY("httpsOnly", Merge.ALL_TRUE),
    LOCATION("location", Merge.UNION),
    VCPU("vcpu", Merge.MAX),
    MEMORY_GIB("memoryGiB", Merge.MAX),
    SIZE_GIB("sizeGiB", Merge.MAX),
    VERSION("version", Merge.UNION),
    BACKUP_RETENTION_DAYS("backupRetentionDays", Merge.MAX),
    HIGH_AVAILABILITY("highAvailability", Merge.ANY_TRUE),
    ZONE_REDUNDANT("zoneRedundant", Merge.ANY_TRUE),
    PRIVATE_API("privateApi", Merge.ALL_TRUE),
    ADMIN_CIDRS("adminCidrs", Merge.UNION),
    NODE_POOLS("nodePools", Merge.UNION),
    DENY_BY_DEFAULT("denyByDefault", Merge.ALL_TRUE),
    ALLOW_RULES("allowRules", Merge.UNION),
    SUBNETS("subnets", Merge.UNION),
    PUBLIC_IP("publicIp", Merge.ANY_TRUE),
    GRANTS("grants", Merge.UNION),
    LOG_RETENTION_DAYS("logRetentionDays", Merge.MAX),
    LOGGED_RESOURCES("loggedResources", Merge.UNION),
    SECRET_EXPIRY("secretExpiry", Merge.ANY_TRUE),
    SELF_MANAGED("selfManaged", Merge.ANY_TRUE),
    /** The labels (tags) a cloud resource carries, as {@code key=value} strings. */
    LABELS("labels", Merge.UNION),
    /** Where a database's backups are kept (a region), when the provider states it. */
    BACKUP_LOCATION("backupLocation", Merge.UNION),
    /**
     * Not a fact: named by a deviation whose realisation plays another role (PostgreSQL on a VM, an
     * audit log as a bucket), so conformance accepts that the intended role is not played.
     */
    ROLE("role", Merge.UNION);

    /** How values of one property from several resources combine. */
    public enum Merge { ALL_TRUE, ANY_TRUE, MIN, MAX, UNION, WEAKEST_CUSTODY }

    private final String key;
    private final Merge merge;

    Property(String key, Merge merge) {
        this.key = key;
        this.merge = merge;
    }

    @JsonValue
    public String key() {
        return key;
    }

    public Merge merge() {
        return merge;
    }

    public static Property ofKey(String key) {
        for (Property p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown fact property " + key);
    }

    /**
     * Combines two values of this property; null means "not stated", {@link Unknowns#UNKNOWN} that
     * the value cannot be known before deployment: unknown wins, except where the other value decides
     * alone (any true is true, any false makes all-true false).
     */
    @SuppressWarnings("unchecked")
    public Object combine(Object a, Object b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (Unknowns.isUnknown(a) || Unknowns.isUnknown(b)) {
            Object known = Unknowns.isUnknown(a) ? b : a;
            if (merge == Merge.ANY_TRUE && Boolean.TRUE.equals(known)) {
                return true;
            }
            if (merge == Merge.ALL_TRUE && Boolean.FALSE.equals(known)) {
                return false;
            }
            return Unknowns.UNKNOWN;
        }
        switch (merge) {
            case ALL_TRUE:
                return (Boolean) a && (Boolean) b;
            case ANY_TRUE:
                return (Boolean) a || (Boolean) b;
            case MIN:
                return compare(a, b) <= 0 ? a : b;
            case MAX:
                return compare(a, b) >= 0 ? a : b;
            case WEAKEST_CUSTODY:
                return KeyCustody.of(String.valueOf(a)).weaker(KeyCustody.of(String.valueOf(b))).wire();
            case UNION:
            default: {
                TreeSet<String> all = new TreeSet<>();
                all.addAll(asStrings(a));
                all.addAll(asStrings(b));
                return new ArrayList<>(all);
            }
        }
    }

    static List<String> asStrings(Object value) {
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    private static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }
}
