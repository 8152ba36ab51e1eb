package dev.pont.providers.outscale.facts;

import static dev.pont.core.facts.Rules.bool;
import static dev.pont.core.facts.Rules.get;
import static dev.pont.core.facts.Rules.list;
import static dev.pont.core.facts.Rules.props;
import static dev.pont.core.facts.Rules.str;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.pont.core.facts.KeyCustody;
import dev.pont.core.facts.PolicyDocument;
import dev.pont.core.facts.Property;
import dev.pont.core.facts.Related;
import dev.pont.core.facts.Rules;
import dev.pont.core.json.Json;
import dev.pont.core.plan.PlannedResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts of the {@code aws} package's S3 bucket resources, as used against Outscale OOS (an
 * S3-compatible store at {@code https://oos.<region>.outscale.com}): pulumi-aws 6.x {@code *V2}
 * resources, their 7.x names, and the inline blocks of {@code Bucket}/{@code BucketV2}. Read from
 * the S3 API's documented semantics and Outscale's OOS notes (shared/schemas/aws-s3.extract.json,
 * {@code outscaleOOS}); never from the adapter.
 */
public final class OosFacts extends Rules {
    private static final Pattern OOS_ENDPOINT = Pattern.compile("https?://oos\\.([a-z0-9-]+)\\.outscale\\.com/?");

    public OosFacts() {
        super("aws");
        labelsAt("tags");
        for (String bucket : List.of("aws:s3/bucketV2:BucketV2", "aws:s3/bucket:Bucket")) {
            onRelated(bucket, "object-store", OosFacts::bucket);
        }
        for (String versioning : List.of("aws:s3/bucketVersioningV2:BucketVersioningV2", "aws:s3/bucketVersioning:BucketVersioning")) {
            on(versioning, "bucket-configuration", r -> props().put(Property.VERSIONED, versioned(get(r, "versioningConfiguration.status"))));
        }
        for (String sse : List.of("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
                "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration")) {
            onRelated(sse, "bucket-configuration", (r, related) -> encryption(props(),
                    defaults(list(r, "rules"), "applyServerSideEncryptionByDefault"), onOos(r, related)));
        }
        for (String lock : List.of("aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2",
                "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration")) {
            on(lock, "bucket-configuration", r -> retention(props(), get(r, "rule.defaultRetention")));
        }
        on("aws:s3/bucketPolicy:BucketPolicy", "bucket-configuration", r -> policy(props(), get(r, "policy")));
        on("aws:s3/bucketWebsiteConfigurationV2:BucketWebsiteConfigurationV2", "bucket-configuration",
                r -> props().put(Property.PUBLIC_ENDPOINT, true));
        on("aws:s3/bucketWebsiteConfiguration:BucketWebsiteConfiguration", "bucket-configuration",
                r -> props().put(Property.PUBLIC_ENDPOINT, true));
        for (String logging : List.of("aws:s3/bucketLoggingV2:BucketLoggingV2", "aws:s3/bucketLogging:BucketLogging")) {
            on(logging, "access-logging", r -> props().put(Property.LOGGED_RESOURCES, Optional.ofNullable(str(r, "bucket")).map(List::of).orElse(null)));
        }
        // Settings with no neutral property of their own: access blocks and ACLs change who may be
        // granted access, not where the endpoint is reachable from.
        for (String setting : List.of("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "aws:s3/bucketAcl:BucketAcl",
                "aws:s3/bucketAclV2:BucketAclV2", "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
                "aws:s3/bucketCorsConfiguration:BucketCorsConfiguration", "aws:s3/bucketCorsConfigurationV2:BucketCorsConfigurationV2",
                "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
                "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2",
                "aws:s3/bucketReplicationConfig:BucketReplicationConfig")) {
            on(setting, "bucket-configuration", r -> props());
        }
        for (String object : List.of("aws:s3/bucketObjectv2:BucketObjectv2", "aws:s3/bucketObject:BucketObject")) {
            on(object, "bucket-object", r -> props());
        }

        String awsOnly = "an Amazon S3 feature that S3-compatible stores (Outscale OOS, OVHcloud) do not document and no neutral role covers: ";
        lockIn("aws:s3/bucketAccelerateConfigurationV2:BucketAccelerateConfigurationV2", awsOnly + "Transfer Acceleration");
        lockIn("aws:s3/bucketAccelerateConfiguration:BucketAccelerateConfiguration", awsOnly + "Transfer Acceleration");
        lockIn("aws:s3/bucketRequestPaymentConfigurationV2:BucketRequestPaymentConfigurationV2", awsOnly + "Requester Pays");
        lockIn("aws:s3/bucketRequestPaymentConfiguration:BucketRequestPaymentConfiguration", awsOnly + "Requester Pays");
        lockIn("aws:s3/bucketIntelligentTieringConfiguration:BucketIntelligentTieringConfiguration", awsOnly + "Intelligent-Tiering");
        lockIn("aws:s3/bucketNotification:BucketNotification", awsOnly + "event notifications to SNS, SQS or Lambda");
        lockIn("aws:s3/inventory:Inventory", awsOnly + "S3 Inventory");
        lockIn("aws:s3/analyticsConfiguration:AnalyticsConfiguration", awsOnly + "Storage Class Analysis");
        lockIn("aws:s3/bucketMetric:BucketMetric", awsOnly + "CloudWatch request metrics");
        lockIn("aws:s3/accessPoint:AccessPoint", awsOnly + "S3 Access Points");
        lockIn("aws:s3/directoryBucket:DirectoryBucket", awsOnly + "S3 Express One Zone directory buckets");
    }

    @Override
    public String unmappedReason(String type) {
        return type.startsWith("aws:s3/") || lockIns().contains(type) ? super.unmappedReason(type)
                : "an AWS service (" + type + "): the aws package is read here only for S3 buckets on S3-compatible stores such as Outscale OOS";
    }

    /**
     * A bucket: its endpoint is internet-facing (S3 is an internet API; OOS documents no network
     * restriction of a bucket), versioning is off unless enabled or implied by Object Lock, which
     * S3 only allows on versioned buckets. Inline blocks (deprecated in favour of the standalone
     * resources) are read too: {@code versionings}/{@code versioning},
     * {@code serverSideEncryptionConfigurations}/{@code serverSideEncryptionConfiguration},
     * {@code objectLockConfiguration}, {@code policy}.
     */
    private static Props bucket(PlannedResource r, Related related) {
        boolean locked = Boolean.TRUE.equals(bool(r, "objectLockEnabled"))
                || "Enabled".equals(str(r, "objectLockConfiguration.objectLockEnabled"));
        boolean versioned = locked || Boolean.TRUE.equals(bool(r, "versioning.enabled"))
                || list(r, "versionings").stream().anyMatch(v -> v instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("enabled")));
        Props p = policy(props(), get(r, "policy"));
        List<Map<?, ?>> sse = new ArrayList<>();
        for (Object block : list(r, "serverSideEncryptionConfigurations")) {
            if (block instanceof Map<?, ?> m) {
                sse.addAll(defaults(m.get("rules"), "applyServerSideEncryptionByDefaults"));
            }
        }
        sse.addAll(defaults(List.of(Optional.ofNullable(get(r, "serverSideEncryptionConfiguration.rule")).orElse(Map.of())),
                "applyServerSideEncryptionByDefault"));
        encryption(p, sse, onOos(r, related));
        Object inlineRetention = get(r, "objectLockConfiguration.rule.defaultRetention");
        for (Object rule : list(r, "objectLockConfiguration.rules")) {
            if (rule instanceof Map<?, ?> m && m.get("defaultRetentions") instanceof List<?> l && !l.isEmpty()) {
                inlineRetention = l.get(0);
            }
        }
        return retention(p, inlineRetention).put(Property.VERSIONED, versioned)
                .put(Property.PUBLIC_ENDPOINT, true)
                .put(Property.LOCATION, Optional.ofNullable(str(r, "region")).orElseGet(() -> region(r, related)));
    }

    private static Boolean versioned(Object status) {
        return status == null ? null : "Enabled".equals(String.valueOf(status));
    }

    /**
     * Default encryption: data at rest is encrypted when a default algorithm is set. The key is the
     * provider's for {@code AES256} and for {@code aws:kms} without a key id (the AWS-managed key);
     * a customer's for {@code aws:kms} with one. On OOS every algorithm is AES256 under a key 3DS
     * Outscale manages ({@code aws:kms} is accepted but equals AES256; OOS has no KMS).
     */
    private static Props encryption(Props p, List<Map<?, ?>> defaults, boolean oos) {
        KeyCustody custody = null;
        for (Map<?, ?> d : defaults) {
            if (d.get("sseAlgorithm") == null) {
                continue;
            }
            String algorithm = String.valueOf(d.get("sseAlgorithm"));
            KeyCustody k = !oos && algorithm.startsWith("aws:kms") && d.get("kmsMasterKeyId") != null ? KeyCustody.CUSTOMER : KeyCustody.PROVIDER;
            custody = custody == null ? k : custody.weaker(k);
        }
        return custody == null ? p : p.put(Property.ENCRYPTED_AT_REST, true).put(Property.KEY_CUSTODY, custody.wire());
    }

    /** Object Lock default retention: days (or years of 365 days); only COMPLIANCE mode cannot be shortened or lifted. */
    private static Props retention(Props p, Object defaultRetention) {
        if (!(defaultRetention instanceof Map<?, ?> d)) {
            return p;
        }
        Integer days = d.get("days") instanceof Number n ? Integer.valueOf(n.intValue())
                : d.get("years") instanceof Number y ? Integer.valueOf(y.intValue() * 365) : null;
        return p.put(Property.RETENTION_DAYS, days).put(Property.RETENTION_LOCKED, "COMPLIANCE".equals(d.get("mode")));
    }

    /** What a bucket policy enforces for everyone: TLS, its minimum version, the source networks. */
    private static Props policy(Props p, Object policy) {
        PolicyDocument.parse(policy).ifPresent(doc -> {
            if (doc.deniesInsecureTransport()) {
                p.put(Property.HTTPS_ONLY, true);
            }
            doc.tlsMinimum().ifPresent(v -> p.put(Property.TLS_MINIMUM, v));
            if (!doc.allowedSourceCidrs().isEmpty()) {
                p.put(Property.ALLOWED_CIDRS, doc.allowedSourceCidrs());
            }
        });
        return p;
    }

    private static List<Map<?, ?>> defaults(Object rules, String field) {
        List<Map<?, ?>> out = new ArrayList<>();
        for (Object rule : rules instanceof List<?> l ? l : List.of()) {
            if (rule instanceof Map<?, ?> m) {
                Object d = m.get(field);
                for (Object item : d instanceof List<?> items ? items : d == null ? List.of() : List.of(d)) {
                    if (item instanceof Map<?, ?> map) {
                        out.add(map);
                    }
                }
            }
        }
        return out;
    }

    /** The region a bucket lives in: the OOS endpoint's ({@code oos.<region>.outscale.com}), else the provider's region. */
    private static String region(PlannedResource r, Related related) {
        return related.provider(r).map(p -> s3Endpoint(p).map(OOS_ENDPOINT::matcher).filter(Matcher::matches).map(m -> m.group(1))
                .orElse(str(p, "region"))).orElse(null);
    }

    private static boolean onOos(PlannedResource r, Related related) {
        return related.provider(r).flatMap(OosFacts::s3Endpoint).map(e -> OOS_ENDPOINT.matcher(e).matches()).orElse(false);
    }

    /**
     * The provider's S3 endpoint override. Provider inputs reach a plan as strings (the engine
     * serialises non-string provider config as JSON), so {@code endpoints} is parsed when it is text.
     */
    private static Optional<String> s3Endpoint(PlannedResource provider) {
        Object endpoints = provider.inputs().get("endpoints");
        if (endpoints instanceof String text) {
            try {
                endpoints = Json.mapper().readValue(text, new TypeReference<List<Object>>() {});
            } catch (Exception e) {
                return Optional.empty();
            }
        }
        for (Object e : endpoints instanceof List<?> l ? l : List.of()) {
            if (e instanceof Map<?, ?> m && m.get("s3") != null) {
                return Optional.of(String.valueOf(m.get("s3")));
            }
        }
        return Optional.empty();
    }
}
