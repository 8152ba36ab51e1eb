package dev.pont.providers.outscale;

import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.aws.inputs.ProviderEndpointArgs;
import com.pulumi.aws.s3.BucketObjectLockConfigurationV2;
import com.pulumi.aws.s3.BucketObjectLockConfigurationV2Args;
import com.pulumi.aws.s3.BucketPolicy;
import com.pulumi.aws.s3.BucketPolicyArgs;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2Args;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.aws.s3.BucketVersioningV2;
import com.pulumi.aws.s3.BucketVersioningV2Args;
import com.pulumi.aws.s3.inputs.BucketObjectLockConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketObjectLockConfigurationV2RuleDefaultRetentionArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketVersioningV2VersioningConfigurationArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import dev.pont.core.adapter.Scope;
import dev.pont.core.json.Json;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.Labels;
import dev.pont.providers.outscale.Handles.BucketHandle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OUTSCALE Object Storage through the AWS provider's typed S3 resources (v6, V2 buckets), on
 * one explicit AWS provider pointed at {@code https://oos.<region>.outscale.com}: path-style
 * addressing, the Outscale region name, and every AWS-only check (region names, STS, account
 * id, instance metadata) skipped. Credentials: the Outscale access key pair in
 * {@code AWS_ACCESS_KEY_ID} / {@code AWS_SECRET_ACCESS_KEY}, never in config.
 *
 * <p>Only what OOS documents is registered: versioning, default encryption (AES256 with an
 * Outscale-managed key), object lock, a bucket policy. Public access blocks are not (OOS support
 * for PutPublicAccessBlock is unverified, and an unsupported call would fail {@code pulumi up}).
 */
final class Oos {
    static final String PROVIDER_NAME = "outscale-oos";

    private final Provider provider;
    private final String region;

    Oos(String region) {
        this.region = region;
        this.provider = new Provider(PROVIDER_NAME, ProviderArgs.builder()
                .region(region)
                .endpoints(ProviderEndpointArgs.builder().s3(endpoint(region)).build())
                .s3UsePathStyle(true)
                .skipRegionValidation(true)
                .skipCredentialsValidation(true)
                .skipRequestingAccountId(true)
                .skipMetadataApiCheck(true)
                .build());
    }

    static String endpoint(String region) {
        return "https://oos." + region + ".outscale.com";
    }

    /** Bucket names are global: {@code <stack>-<resource>}, lower-case, at most 63 characters. */
    static String bucketName(Scope scope) {
        String name = scope.session().stack() + "-" + scope.name();
        if (name.length() > 63 || !name.matches("[a-z0-9][a-z0-9-]*[a-z0-9]")) {
            throw scope.error("bucket name '" + name + "' is not a valid OOS bucket name (3-63 lower-case letters, digits, dashes):"
                    + " shorten the stack or resource name");
        }
        return name;
    }

    /**
     * A bucket: private, versioned when asked, encrypted by default, locked for
     * {@code retentionDays} when asked (COMPLIANCE when locked, else GOVERNANCE), TLS-only.
     */
    BucketHandle bucket(Scope scope, boolean versioned, int retentionDays, boolean locked, Exposure exposure, Labels labels) {
        String name = bucketName(scope);
        var args = BucketV2Args.builder().bucket(name).forceDestroy(false).tags(labels.asMap());
        if (retentionDays > 0) {
            args.objectLockEnabled(true); // object lock can only be switched on when the bucket is created
        }
        BucketV2 bucket = new BucketV2(scope.child("bucket"), args.build(), options(scope));
        Resource last = bucket;
        if (versioned) {
            last = new BucketVersioningV2(scope.child("versioning"), BucketVersioningV2Args.builder()
                    .bucket(bucket.id())
                    .versioningConfiguration(BucketVersioningV2VersioningConfigurationArgs.builder().status("Enabled").build())
                    .build(), options(scope, bucket));
        }
        new BucketServerSideEncryptionConfigurationV2(scope.child("encryption"), BucketServerSideEncryptionConfigurationV2Args.builder()
                .bucket(bucket.id())
                .rules(BucketServerSideEncryptionConfigurationV2RuleArgs.builder()
                        .applyServerSideEncryptionByDefault(BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs.builder()
                                .sseAlgorithm("AES256").build())
                        .build())
                .build(), options(scope, bucket));
        if (retentionDays > 0) {
            new BucketObjectLockConfigurationV2(scope.child("object-lock"), BucketObjectLockConfigurationV2Args.builder()
                    .bucket(bucket.id())
                    .objectLockEnabled("Enabled")
                    .rule(BucketObjectLockConfigurationV2RuleArgs.builder()
                            .defaultRetention(BucketObjectLockConfigurationV2RuleDefaultRetentionArgs.builder()
                                    .mode(locked ? "COMPLIANCE" : "GOVERNANCE")
                                    .days(retentionDays)
                                    .build())
                            .build())
                    .build(), options(scope, last));
        }
        new BucketPolicy(scope.child("policy"), BucketPolicyArgs.builder()
                .bucket(bucket.id())
                .policy(policy(name, exposure))
                .build(), options(scope, last));
        return new BucketHandle(bucket, name);
    }

    /** The path-style URL of a bucket. */
    Output<String> url(BucketHandle handle) {
        return Output.of(endpoint(region) + "/" + handle.bucketName());
    }

    /**
     * Deny plain HTTP; deny every request from outside the allowed CIDRs when the exposure lists
     * some. Grants nothing: access stays with the bucket owner's keys. Whether OOS evaluates the
     * aws:SecureTransport and aws:SourceIp conditions is unverified.
     */
    static String policy(String bucket, Exposure exposure) {
        List<String> resources = List.of("arn:aws:s3:::" + bucket, "arn:aws:s3:::" + bucket + "/*");
        List<Object> statements = new ArrayList<>();
        statements.add(deny("DenyInsecureTransport", resources, Map.of("Bool", Map.of("aws:SecureTransport", "false"))));
        if (!exposure.allowedCidrs().isEmpty() && !exposure.openToInternet()) {
            statements.add(deny("DenyOutsideAllowedRanges", resources,
                    Map.of("NotIpAddress", Map.of("aws:SourceIp", exposure.allowedCidrs().stream().map(Cidr::toString).toList()))));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("Version", "2012-10-17");
        document.put("Statement", statements);
        return Json.pretty(document).strip();
    }

    private static Map<String, Object> deny(String sid, List<String> resources, Map<String, Object> condition) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Sid", sid);
        statement.put("Effect", "Deny");
        statement.put("Principal", "*");
        statement.put("Action", "s3:*");
        statement.put("Resource", resources);
        statement.put("Condition", condition);
        return statement;
    }

    private CustomResourceOptions options(Scope scope, Resource... dependsOn) {
        return scope.options(provider, dependsOn);
    }
}
