package dev.pont.providers.s3ns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.plan.Plan;
import dev.pont.core.spec.BlockVolumeSpec;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.VolumeClass;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorageTest {
    static final Plan PLAN = ProviderTest.PLAN;

    @Test
    void aBucketIsPrivateUniformInTheRegionAndLockedWhenRetentionIsLocked() {
        assertThat(Stacks.named(PLAN, "datasets-bucket").inputs())
                .containsEntry("location", "u-france-east1")
                .containsEntry("uniformBucketLevelAccess", true)
                .containsEntry("publicAccessPrevention", "enforced")
                .containsEntry("retentionPolicy", Map.of("retentionPeriod", 3650 * 86400L, "isLocked", true))
                .containsEntry("versioning", Map.of("enabled", false))
                .containsEntry("labels", Map.of("data-class", "health", "pont-resource", "datasets", "pont-stack", "demo"));
        assertThat((String) Stacks.named(PLAN, "datasets-bucket").inputs().get("name")).matches("demo-datasets-[0-9a-f]{6}");
    }

    @Test
    void aCustomerKeyIsUsedAfterTheStorageAgentMayUseIt() {
        var bucket = Stacks.named(PLAN, "datasets-bucket");
        var grant = Stacks.named(PLAN, "datasets-platform-keys-datasets-cmk-storage-agent");
        assertThat(bucket.inputs()).containsEntry("encryption", Map.of("defaultKmsKeyName",
                "projects/s3ns:pont-test-project/locations/u-france-east1/keyRings/demo-platform-keys/cryptoKeys/datasets-cmk"));
        assertThat(grant.inputs()).containsEntry("role", "roles/cloudkms.cryptoKeyEncrypterDecrypter")
                .containsEntry("member", "serviceAccount:service-000000000000@preview-agent-storage.invalid");
        assertThat(bucket.dependencies()).contains(grant.urn());
    }

    @Test
    void retentionReplacesVersioningAndSaysSo() {
        assertThat(Stacks.reasons(PLAN, "datasets")).anySatisfy(r -> assertThat(r).startsWith(
                "object versioning is off: Cloud Storage refuses versioning on a bucket with a retention policy"));
        Plan plain = Stacks.preview(Stacks.stack(p -> p.objectStore("plain", ObjectStoreSpec.privateStore())));
        assertThat(Stacks.named(plain, "plain-bucket").inputs()).containsEntry("versioning", Map.of("enabled", true))
                .doesNotContainKey("retentionPolicy").doesNotContainKey("encryption");
        assertThat(Stacks.reasons(plain, "plain")).satisfiesExactly(
                r -> assertThat(r).startsWith("Cloud Storage is reached on its API endpoint"),
                r -> assertThat(r).startsWith("no TLS minimum can be asked for: Cloud Storage has no per-bucket TLS setting"));
    }

    @Test
    void aPublicStoreWithCidrsSaysTheyAreNotEnforced() {
        Plan plan = Stacks.preview(Stacks.stack(p -> p.objectStore("pub", ObjectStoreSpec.privateStore()
                .exposure(Exposure.publicFrom(List.of(Cidr.parse("203.0.113.0/24")))))));
        assertThat(Stacks.reasons(plan, "pub")).containsExactly("allowed CIDRs [203.0.113.0/24] are not enforced: Cloud Storage has"
                + " no IP filter Pont can set; access is by IAM only", "no TLS minimum can be asked for: Cloud Storage has no per-bucket"
                + " TLS setting and Google documents no minimum TLS version for a bucket; the TLS policy of the s3nsapis.fr API front end applies");
        assertThat(Stacks.named(plan, "pub-bucket").inputs()).containsEntry("publicAccessPrevention", "enforced");
    }

    @Test
    void aRetentionTheSdkCannotCarryIsAnError() {
        assertThatThrownBy(() -> Stacks.preview(Stacks.stack(p -> p.objectStore("long", ObjectStoreSpec.privateStore().retention(30000, false)))))
                .isInstanceOf(PontException.class)
                .hasMessage("target s3ns, object-store 'long': retention of 30000 days does not fit the gcp 7.0.0 SDK"
                        + " (a 32-bit count of seconds): ask for at most 24855 days");
    }

    @Test
    void aVolumeIsAZonalDiskOfItsClassWithItsKey() {
        assertThat(Stacks.named(PLAN, "admin-data-disk").inputs())
                .containsEntry("zone", "u-france-east1-a")
                .containsEntry("size", 128L)
                .containsEntry("type", "pd-ssd")
                .containsEntry("diskEncryptionKey", Map.of("kmsKeySelfLink",
                        "projects/s3ns:pont-test-project/locations/u-france-east1/keyRings/demo-platform-keys/cryptoKeys/disks-cmk"));
        assertThat(Stacks.named(PLAN, "admin-data-disk").dependencies())
                .contains(Stacks.named(PLAN, "admin-data-platform-keys-disks-cmk-compute-agent").urn());
        assertThat(Stacks.named(PLAN, "admin-data-compute-agent").inputs()).containsEntry("service", "compute.googleapis.com");
        assertThat(Stacks.reasons(PLAN, "admin-data")).singleElement().asString().startsWith("zone redundancy not realised");
    }

    @Test
    void withoutZoneRedundancyAVolumeHasNoDeviation() {
        Plan plan = Stacks.preview(Stacks.stack(p -> p.blockVolume("vol", BlockVolumeSpec.of(10, VolumeClass.STANDARD_HDD))));
        assertThat(Stacks.named(plan, "vol-disk").inputs()).containsEntry("type", "pd-standard").doesNotContainKey("diskEncryptionKey");
        assertThat(plan.deviations()).isEmpty();
    }
}
