package dev.pont.providers.s3ns.facts;

import static dev.pont.core.facts.Rules.props;

import dev.pont.core.facts.Property;
import dev.pont.core.facts.Rules;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.ResourceKind;
import java.util.List;

/**
 * Cloud Storage buckets as object stores, persistent disks as block volumes.
 *
 * <p>Buckets (cloud.google.com/storage/docs): every object is encrypted at rest, with Google's keys
 * unless {@code encryption.defaultKmsKeyName} names a Cloud KMS key. Versioning is off unless
 * {@code versioning.enabled}. A retention policy ({@code retentionPolicy.retentionPeriod}, seconds)
 * keeps objects undeletable for that long, and cannot be shortened or removed once {@code isLocked}.
 *
 * <p>Exposure. A bucket is served by the Cloud Storage API endpoint ({@code storage.<universe>}),
 * which is reachable from the internet and has no per-bucket network switch; only an
 * organisation-level VPC Service Controls perimeter confines it. So every bucket states a public
 * endpoint reachable from anywhere ({@code allowedCidrs 0.0.0.0/0}): network reachability, not
 * anonymous access, which IAM decides. HTTPS only is stated only when public access prevention is
 * {@code enforced}: then no object is anonymous, and the authenticated JSON and XML APIs take HTTPS;
 * a bucket that inherits the setting may serve public objects on plain HTTP through the XML API.
 * Google documents no minimum TLS version per bucket, so none is stated.
 */
final class StorageFacts {
    static final String BUCKET = "gcp:storage/bucket:Bucket";
    private static final String STORE = ResourceKind.OBJECT_STORE.role();
    private static final String VOLUME = ResourceKind.BLOCK_VOLUME.role();

    private StorageFacts() {}

    static void register(Rules rules) {
        rules.onInPlan(BUCKET, STORE, StorageFacts::bucket)
                .on("gcp:storage/bucketObject:BucketObject", GcpFacts.OBJECT_CONTENT, r -> props())
                .on("gcp:storage/defaultObjectAccessControl:DefaultObjectAccessControl", GcpFacts.IDENTITY_BINDING, r -> props())
                .on("gcp:storage/bucketAccessControl:BucketAccessControl", GcpFacts.IDENTITY_BINDING, r -> props())
                .onInPlan("gcp:compute/disk:Disk", VOLUME, (r, plan) -> disk(r, plan, Gcp.region(Gcp.str(r, "zone")), false))
                .onInPlan("gcp:compute/regionDisk:RegionDisk", VOLUME, (r, plan) -> disk(r, plan, Gcp.region(Gcp.str(r, "region")), true))
                .on("gcp:compute/attachedDisk:AttachedDisk", GcpFacts.DISK_ATTACHMENT, r -> props())
                .on("gcp:compute/snapshot:Snapshot", GcpFacts.VOLUME_SNAPSHOT, r -> props())
                .on("gcp:compute/resourcePolicy:ResourcePolicy", GcpFacts.VOLUME_SNAPSHOT, r -> props())
                .on("gcp:compute/diskResourcePolicyAttachment:DiskResourcePolicyAttachment", GcpFacts.VOLUME_SNAPSHOT, r -> props());
    }

    static Rules.Props bucket(PlannedResource r, Plan plan) {
        boolean enforced = "enforced".equalsIgnoreCase(Gcp.str(r, "publicAccessPrevention"));
        Long retentionSeconds = Gcp.number(r, "retentionPolicy.retentionPeriod");
        Rules.Props p = props()
                .put(Property.ENCRYPTED_AT_REST, true)
                .put(Property.KEY_CUSTODY, KeyFacts.custody(plan, Gcp.str(r, "encryption.defaultKmsKeyName")))
                .put(Property.VERSIONED, Boolean.TRUE.equals(Gcp.bool(r, "versioning.enabled")))
                .put(Property.PUBLIC_ENDPOINT, true)
                .put(Property.ALLOWED_CIDRS, List.of("0.0.0.0/0"))
                .put(Property.HTTPS_ONLY, enforced ? true : null)
                .put(Property.LOCATION, Gcp.region(Gcp.str(r, "location")));
        if (retentionSeconds != null) {
            p.put(Property.RETENTION_DAYS, (int) (retentionSeconds / 86_400));
            p.put(Property.RETENTION_LOCKED, Boolean.TRUE.equals(Gcp.bool(r, "retentionPolicy.isLocked")));
        }
        if (Gcp.at(r, "softDeletePolicy.retentionDurationSeconds") != null) {
            p.put(Property.SOFT_DELETE_DAYS, (int) (Gcp.number(r, "softDeletePolicy.retentionDurationSeconds") / 86_400));
        }
        return p;
    }

    /**
     * Persistent disks are always encrypted at rest: with a Cloud KMS key when
     * {@code diskEncryptionKey.kmsKeySelfLink} (or {@code kmsKeyName}) is set, with a key the customer
     * supplies on every call when {@code rawKey}/{@code rsaEncryptedKey} is set (CSEK), else with Google's.
     * A zonal disk lives in one zone; a regional disk is replicated synchronously across two zones.
     * Size ({@code size}, GB of 2^30 bytes) is stated only when written (an image-sized disk is not).
     */
    static Rules.Props disk(PlannedResource r, Plan plan, String region, boolean regional) {
        String kms = Gcp.str(r, "diskEncryptionKey.kmsKeySelfLink");
        if (kms == null) {
            kms = Gcp.str(r, "diskEncryptionKey.kmsKeyName");
        }
        boolean csek = Gcp.at(r, "diskEncryptionKey.rawKey") != null || Gcp.at(r, "diskEncryptionKey.rsaEncryptedKey") != null;
        return props()
                .put(Property.ENCRYPTED_AT_REST, true)
                .put(Property.KEY_CUSTODY, csek ? "customer" : KeyFacts.custody(plan, kms))
                .put(Property.SIZE_GIB, Gcp.integer(r, "size"))
                .put(Property.ZONE_REDUNDANT, regional)
                .put(Property.LOCATION, region);
    }
}
