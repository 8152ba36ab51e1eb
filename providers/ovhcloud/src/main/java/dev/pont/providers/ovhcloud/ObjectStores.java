package dev.pont.providers.ovhcloud;

import dev.pont.core.adapter.Realised;
import dev.pont.core.facts.Property;
import dev.pont.core.adapter.Scope;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.providers.ovhcloud.Regions.Service;
import dev.pont.providers.ovhcloud.bindings.ovh.OvhPackage;
import dev.pont.providers.ovhcloud.bindings.ovh.Storage;
import dev.pont.providers.ovhcloud.bindings.ovh.StorageArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.StorageEncryptionArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.StorageObjectLockArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.StorageObjectLockRuleArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.StorageVersioningArgs;

/**
 * Object stores: an S3-compatible Object Storage bucket, always encrypted (SSE, OVHcloud-managed
 * key), versioned as asked, and under object lock (compliance when locked, governance otherwise)
 * when a retention is asked.
 */
final class ObjectStores {
    private final OvhRun run;

    ObjectStores(OvhRun run) {
        this.run = run;
    }

    Realised objectStore(Scope scope, ObjectStoreSpec spec) {
        var args = StorageArgs.builder()
                .serviceName(run.projectId())
                .regionName(run.region(scope, Service.OBJECT_STORAGE))
                .name(run.cloudName(scope))
                .encryption(StorageEncryptionArgs.builder().sseAlgorithm("AES256").build())
                // Object listings stay out of the Pulumi state.
                .hideObjects(true);
        if (spec.versioned()) {
            args.versioning(StorageVersioningArgs.builder().status("enabled").build());
        }
        if (spec.retentionDays() > 0) {
            args.objectLock(StorageObjectLockArgs.builder()
                    .status("enabled")
                    .rule(StorageObjectLockRuleArgs.builder()
                            .mode(spec.retentionLocked() ? "compliance" : "governance")
                            .period("P" + spec.retentionDays() + "D")
                            .build())
                    .build());
        }
        var storage = new Storage(scope.child(""), args.build(), scope.options(run.ovh()));
        if (spec.encryptionKey() != null) {
            scope.degraded("customer-managed key " + spec.encryptionKey() + " is not used: OVHcloud Object Storage encrypts with SSE-S3 (AES256) "
                    + "under an OVHcloud-managed key, and ovh " + OvhPackage.VERSION + " cannot point a bucket at an OKMS key", Property.KEY_CUSTODY);
        }
        scope.degraded("no TLS minimum can be asked for: the S3 endpoint is HTTPS only, but OVHcloud documents no TLS version "
                + "and ovh " + OvhPackage.VERSION + " has no setting for it", Property.TLS_MINIMUM);
        Exposure exposure = spec.exposure();
        if (!exposure.publicEndpoint()) {
            scope.degraded("no private access: OVHcloud Object Storage has no private endpoint and ovh " + OvhPackage.VERSION
                    + " no network filter on buckets; the bucket stays private (no public ACL) but its S3 endpoint is reached over the internet with credentials",
                    Property.PUBLIC_ENDPOINT, Property.PRIVATE_ENDPOINT);
        } else if (!exposure.openToInternet()) {
            scope.degraded("allowed CIDRs " + exposure.allowedCidrs() + " are not enforced: ovh " + OvhPackage.VERSION + " has no IP filter for buckets", Property.ALLOWED_CIDRS);
        }
        run.zoneRedundancy(scope, "the bucket");
        return new Realised(storage.id(), storage.virtualHost(), new Handles.ObjectStore(storage));
    }

    /** The S3 endpoint of OVHcloud Object Storage in a region (lower case), path-style. */
    static String s3Endpoint(String region) {
        return "https://s3." + region + ".io.cloud.ovh.net";
    }
}
