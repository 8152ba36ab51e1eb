package dev.pont.providers.outscale.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.facts.Fact;
import dev.pont.core.facts.Facts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** S3 bucket resources against Outscale OOS (and one against AWS itself, where a customer key is the customer's). */
class OosFactsTest {
    static final Map<String, Fact> FACTS = Fixtures.facts("oos-buckets.json");

    static Map<String, Object> bucket(String name) {
        return Facts.combine(FACTS.values().stream().filter(f -> f.urn().contains("::" + name)).toList());
    }

    @Test
    void aLockedArchiveStatesEveryPromise() {
        assertThat(FACTS.get("archive").role()).isEqualTo("object-store");
        assertThat(FACTS.get("archive-sse").role()).isEqualTo("bucket-configuration");
        assertThat(bucket("archive")).containsEntry("versioned", true).containsEntry("encryptedAtRest", true)
                .containsEntry("keyCustody", "provider").containsEntry("retentionDays", 3650).containsEntry("retentionLocked", true)
                .containsEntry("httpsOnly", true).containsEntry("tlsMinimum", 1.2).containsEntry("allowedCidrs", List.of("192.0.2.0/24"))
                .containsEntry("publicEndpoint", true).containsEntry("location", "cloudgouv-eu-west-1");
    }

    @Test
    void aBareBucketIsUnversionedAndSaysNothingOfEncryptionOrTransport() {
        assertThat(bucket("scratch")).containsEntry("versioned", false).containsEntry("publicEndpoint", true)
                .doesNotContainKeys("encryptedAtRest", "keyCustody", "httpsOnly", "tlsMinimum", "retentionDays");
    }

    @Test
    void suspendedVersioningGovernanceModeAndAnAllowOnlyPolicyAreWhatTheySay() {
        Map<String, Object> drafts = bucket("drafts");
        assertThat(drafts).containsEntry("versioned", false).containsEntry("retentionDays", 365).containsEntry("retentionLocked", false)
                .doesNotContainKey("httpsOnly");
        assertThat(FACTS.get("drafts-block").role()).isEqualTo("bucket-configuration");
        assertThat(FACTS.get("drafts-acl").role()).isEqualTo("bucket-configuration");
    }

    @Test
    void onOosAKmsKeyIdIsStillAnOutscaleManagedKey() {
        assertThat(bucket("drafts")).containsEntry("encryptedAtRest", true).containsEntry("keyCustody", "provider");
    }

    @Test
    void onAwsAKmsKeyIdIsTheCustomersAndTheRegionIsTheProviders() {
        assertThat(bucket("elsewhere")).containsEntry("keyCustody", "customer").containsEntry("location", "eu-west-3")
                .containsEntry("versioned", false);
    }

    @Test
    void inlineBlocksOfAV6BucketAreRead() {
        assertThat(FACTS.get("legacy").properties()).containsEntry("versioned", true).containsEntry("encryptedAtRest", true)
                .containsEntry("keyCustody", "provider").containsEntry("retentionDays", 7).containsEntry("retentionLocked", true)
                .containsEntry("httpsOnly", true);
    }

    @Test
    void awsOnlyFeaturesAreLockInAndOtherServicesAreSaidToBeOutOfScope() {
        assertThat(FACTS.get("archive-accelerate").mapped()).isFalse();
        assertThat(FACTS.get("archive-accelerate").reason()).startsWith("lock-in: ").contains("Transfer Acceleration");
        assertThat(FACTS.get("web").mapped()).isFalse();
        assertThat(FACTS.get("web").reason()).contains("aws:ec2/instance:Instance").contains("only for S3 buckets");
        assertThat(FACTS.get("archive-future").reason()).isEqualTo("no neutral role is known for aws:s3/bucketFancyFutureFeature:BucketFancyFutureFeature");
    }
}
