package dev.pont.providers.s3ns;

import com.pulumi.gcp.compute.Disk;
import com.pulumi.gcp.compute.DiskArgs;
import com.pulumi.gcp.compute.inputs.DiskDiskEncryptionKeyArgs;
import com.pulumi.gcp.storage.Bucket;
import com.pulumi.gcp.storage.BucketArgs;
import com.pulumi.gcp.storage.inputs.BucketEncryptionArgs;
import com.pulumi.gcp.storage.inputs.BucketRetentionPolicyArgs;
import com.pulumi.gcp.storage.inputs.BucketVersioningArgs;
import com.pulumi.resources.Resource;
import dev.pont.core.adapter.Realised;
import dev.pont.core.adapter.Scope;
import dev.pont.core.catalog.Catalog;
import dev.pont.core.facts.Property;
import dev.pont.core.spec.BlockVolumeSpec;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.providers.s3ns.Handles.BucketHandle;
import dev.pont.providers.s3ns.Handles.DiskHandle;
import dev.pont.providers.s3ns.Handles.KeyHandle;
import java.util.ArrayList;
import java.util.List;

/** Object stores (Cloud Storage buckets) and block volumes (zonal persistent disks). */
final class Storage {
    /** The 7.0.0 SDK carries a bucket's retention period as a 32-bit count of seconds. */
    static final int MAX_RETENTION_DAYS = (int) (Integer.MAX_VALUE / 86_400L);

    private final S3nsRun run;
    private final Catalog catalog;

    Storage(S3nsRun run, Catalog catalog) {
        this.run = run;
        this.catalog = catalog;
    }

    Realised objectStore(Scope scope, ObjectStoreSpec spec) {
        Keys.apiEndpoint(scope, "Cloud Storage", spec.exposure());
        scope.degraded("no TLS minimum can be asked for: Cloud Storage has no per-bucket TLS setting and Google documents no"
                + " minimum TLS version for a bucket; the TLS policy of the " + S3nsData.UNIVERSE.domain() + " API front end applies",
                Property.TLS_MINIMUM);
        var args = BucketArgs.builder()
                .name(GcpNames.bucket(run.project, run.session.stack(), scope.name()))
                .project(run.project)
                .location(run.region)
                .storageClass("STANDARD")
                .uniformBucketLevelAccess(true)
                .publicAccessPrevention("enforced")
                .forceDestroy(false)
                .labels(run.labels(scope));
        boolean retention = spec.retentionDays() > 0;
        if (retention) {
            if (spec.retentionDays() > MAX_RETENTION_DAYS) {
                throw scope.error("retention of " + spec.retentionDays() + " days does not fit the gcp " + GcpPlugin.SDK_VERSION
                        + " SDK (a 32-bit count of seconds): ask for at most " + MAX_RETENTION_DAYS + " days");
            }
            args.retentionPolicy(BucketRetentionPolicyArgs.builder()
                    .retentionPeriod(spec.retentionDays() * 86_400)
                    .isLocked(spec.retentionLocked())
                    .build());
            scope.degraded("object versioning is off: Cloud Storage refuses versioning on a bucket with a retention policy;"
                    + " the retention policy keeps every object undeletable and unreplaceable for " + spec.retentionDays()
                    + " days instead, so a replacement within that time is refused rather than kept as a version", Property.VERSIONED);
        }
        args.versioning(BucketVersioningArgs.builder().enabled(spec.versioned() && !retention).build());
        List<Resource> dependsOn = new ArrayList<>();
        if (spec.encryptionKey() != null) {
            KeyHandle key = run.encryptionKey(scope, spec.encryptionKey());
            dependsOn.add(run.allowKeyUse(scope, key, "storage"));
            args.encryption(BucketEncryptionArgs.builder().defaultKmsKeyName(key.key().id()).build());
        }
        Bucket bucket = new Bucket(scope.child("bucket"), args.build(), run.options(scope, dependsOn.toArray(Resource[]::new)));
        return new Realised(bucket.name(), bucket.url(), new BucketHandle(bucket));
    }

    Realised blockVolume(Scope scope, BlockVolumeSpec spec) {
        if (run.session.placement().zoneRedundant()) {
            scope.degraded("zone redundancy not realised: the persistent disk is zonal (" + run.zone() + ") and does not survive"
                    + " the loss of that zone; snapshot it, or use a regional disk (not realised)", Property.ZONE_REDUNDANT);
        }
        String type = catalog.volumeClass(scope, spec.volumeClass());
        var args = DiskArgs.builder()
                .name(run.name(scope, ""))
                .project(run.project)
                .zone(run.zone())
                .size(spec.sizeGiB())
                .type(type)
                .labels(run.labels(scope));
        List<Resource> dependsOn = new ArrayList<>();
        if (spec.encryptionKey() != null) {
            KeyHandle key = run.encryptionKey(scope, spec.encryptionKey());
            dependsOn.add(run.allowKeyUse(scope, key, "compute"));
            args.diskEncryptionKey(DiskDiskEncryptionKeyArgs.builder().kmsKeySelfLink(key.key().id()).build());
        }
        Disk disk = new Disk(scope.child("disk"), args.build(), run.options(scope, dependsOn.toArray(Resource[]::new)));
        return Realised.of(disk.id(), new DiskHandle(disk, run.zone()));
    }
}
