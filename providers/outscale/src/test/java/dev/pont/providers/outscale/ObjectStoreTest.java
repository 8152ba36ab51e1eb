package dev.pont.providers.outscale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Grade;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.Refs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectStoreTest {
    // Previewed after class initialisation: the stack's lambdas run on the engine's threads.
    static Plan PLAN;

    @org.junit.jupiter.api.BeforeAll
    static void preview() {
        PLAN = Stacks.preview(Stacks.stack(p -> {
            p.objectStore("files", ObjectStoreSpec.privateStore());
            p.objectStore("archive", ObjectStoreSpec.privateStore().retention(30, true));
            p.objectStore("scratch", ObjectStoreSpec.privateStore().retention(7, false));
            p.objectStore("plain", ObjectStoreSpec.privateStore().versioned(false));
        }));
    }

    @Test
    void oneAwsProviderPointedAtOosPathStyleWithAwsChecksSkipped() {
        assertThat(Stacks.ofType(PLAN, "pulumi:providers:aws")).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("outscale-oos");
            assertThat(p.inputs()).containsEntry("region", "cloudgouv-eu-west-1")
                    .containsEntry("endpoints", "[{\"s3\":\"https://oos.cloudgouv-eu-west-1.outscale.com\"}]")
                    .containsEntry("s3UsePathStyle", "true")
                    .containsEntry("skipRegionValidation", "true")
                    .containsEntry("skipCredentialsValidation", "true")
                    .containsEntry("skipRequestingAccountId", "true")
                    .containsEntry("skipMetadataApiCheck", "true")
                    .doesNotContainKeys("accessKey", "secretKey", "token", "profile");
        });
        PlannedResource provider = Stacks.named(PLAN, "outscale-oos");
        assertThat(PLAN.resources()).filteredOn(r -> r.type().startsWith("aws:s3"))
                .allSatisfy(r -> assertThat(r.provider()).startsWith(provider.urn()));
    }

    @Test
    void privateVersionedEncryptedBucketWithTlsOnlyPolicy() {
        assertThat(Stacks.named(PLAN, "files-bucket").inputs()).containsEntry("bucket", "demo-files")
                .containsEntry("forceDestroy", false).doesNotContainKeys("objectLockEnabled", "acl", "policy");
        assertThat(Stacks.named(PLAN, "files-versioning").inputs())
                .containsEntry("versioningConfiguration", Map.of("status", "Enabled"));
        assertThat(Stacks.named(PLAN, "files-encryption").inputs()).containsEntry("rules",
                List.of(Map.of("applyServerSideEncryptionByDefault", Map.of("sseAlgorithm", "AES256"))));
        String policy = (String) Stacks.named(PLAN, "files-policy").inputs().get("policy");
        assertThat(policy).contains("\"Effect\" : \"Deny\"", "\"aws:SecureTransport\" : \"false\"", "arn:aws:s3:::demo-files/*")
                .doesNotContain("\"Allow\"");
        assertThat(PLAN.resources()).noneMatch(r -> r.type().contains("PublicAccessBlock") || r.type().contains("bucketAcl"));
        assertThat(Stacks.named(PLAN, "files-bucket").inputs()).doesNotContainKey("objectLockEnabled");
        assertThat(PLAN.resources()).noneMatch(r -> r.name().equals("plain-versioning") || r.name().equals("files-object-lock"));
    }

    @Test
    void retentionIsObjectLockCompliantWhenLockedGovernanceOtherwise() {
        assertThat(Stacks.named(PLAN, "archive-bucket").inputs()).containsEntry("objectLockEnabled", true);
        assertThat(Stacks.named(PLAN, "archive-object-lock").inputs()).containsEntry("objectLockEnabled", "Enabled")
                .containsEntry("rule", Map.of("defaultRetention", Map.of("mode", "COMPLIANCE", "days", 30L)));
        assertThat(Stacks.named(PLAN, "scratch-object-lock").inputs())
                .containsEntry("rule", Map.of("defaultRetention", Map.of("mode", "GOVERNANCE", "days", 7L)));
        PlannedResource versioning = Stacks.named(PLAN, "archive-versioning");
        assertThat(Stacks.named(PLAN, "archive-object-lock").dependencies()).contains(versioning.urn());
    }

    @Test
    void customerKeyAndPrivateNetworkAreDeclaredDeviations() {
        Plan plan = Stacks.preview(Stacks.stack(p -> {
            Stacks.network(p);
            p.keyVault("keys", KeyVaultSpec.withKeys(KeySpec.rsa("cmk", 3072, 365)));
            p.objectStore("datasets", ObjectStoreSpec.privateStore().encryptedWith(Refs.key("keys", "cmk"))
                    .exposure(Exposure.privateIn(Refs.subnet("core", "data"))));
        }));
        assertThat(plan.deviations()).filteredOn(d -> d.resource().equals("datasets")).singleElement().satisfies(d -> {
            assertThat(d.grade()).isEqualTo(Grade.DEGRADED);
            assertThat(d.reasons()).anyMatch(r -> r.startsWith("customer-managed key keys/cmk cannot be honoured"))
                    .anyMatch(r -> r.contains("public regional endpoint https://oos.cloudgouv-eu-west-1.outscale.com")
                            && r.contains("not confined to subnet core/data"));
        });
        assertThat(Stacks.named(plan, "datasets-encryption").inputs().toString()).contains("AES256").doesNotContain("kmsMasterKeyId");
    }

    @Test
    void allowedCidrsBecomeASourceIpDeny() {
        String policy = Oos.policy("b", Exposure.publicFrom(List.of(Cidr.parse("203.0.113.0/24"))));
        assertThat(policy).contains("DenyOutsideAllowedRanges", "NotIpAddress", "203.0.113.0/24");
        assertThat(Oos.policy("b", Exposure.isolated())).doesNotContain("NotIpAddress");
    }

    @Test
    void endpointIsThePathStyleBucketUrl() {
        assertThat(Oos.endpoint("eu-west-2")).isEqualTo("https://oos.eu-west-2.outscale.com");
    }
}
