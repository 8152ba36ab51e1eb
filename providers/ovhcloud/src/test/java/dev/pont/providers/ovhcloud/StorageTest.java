package dev.pont.providers.ovhcloud;

import static dev.pont.providers.ovhcloud.Previews.one;
import static dev.pont.providers.ovhcloud.Previews.preview;
import static dev.pont.providers.ovhcloud.Previews.reasons;
import static dev.pont.providers.ovhcloud.Previews.stack;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Grade;
import dev.pont.core.plan.Plan;
import dev.pont.core.spec.BlockVolumeSpec;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.Jurisdiction;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.Labels;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.Placement;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.VolumeClass;
import dev.pont.providers.ovhcloud.bindings.openstack.Volume;
import dev.pont.providers.ovhcloud.bindings.ovh.Storage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorageTest {
    static final Placement PARIS_3AZ = Placement.in(Jurisdiction.FR).region("ovhcloud", "EU-WEST-PAR").withZoneRedundancy();

    @Test
    void aBucketIsEncryptedVersionedAndLockedAsAsked() {
        Plan plan = preview(stack(p -> p.objectStore("files", ObjectStoreSpec.privateStore().retention(30, true)
                .exposure(Exposure.publicFrom(List.of())))));
        assertThat(one(plan, Storage.TYPE, "files").inputs())
                .containsEntry("name", "demo-files")
                .containsEntry("regionName", "GRA")
                .containsEntry("encryption", Map.of("sseAlgorithm", "AES256"))
                .containsEntry("versioning", Map.of("status", "enabled"))
                .containsEntry("objectLock", Map.of("status", "enabled", "rule", Map.of("mode", "compliance", "period", "P30D")))
                .containsEntry("hideObjects", true);
        assertThat(plan.deviations()).as("public endpoint asked, no key, no labels: only the TLS floor OVHcloud does not document")
                .singleElement().satisfies(d -> assertThat(d.properties()).containsExactly("tlsMinimum"));
    }

    @Test
    void unlockedRetentionIsGovernanceAndNoRetentionIsNoLock() {
        Plan plan = preview(stack(p -> {
            p.objectStore("governed", ObjectStoreSpec.privateStore().retention(7, false));
            p.objectStore("plain", ObjectStoreSpec.privateStore().versioned(false));
        }));
        assertThat(one(plan, Storage.TYPE, "governed").inputs().get("objectLock")).asString().contains("governance").contains("P7D");
        assertThat(one(plan, Storage.TYPE, "plain").inputs()).doesNotContainKeys("objectLock", "versioning")
                .containsEntry("encryption", Map.of("sseAlgorithm", "AES256"));
    }

    @Test
    void whatOvhcloudObjectStorageCannotDoIsReported() {
        Plan plan = preview(stack(p -> {
            Previews.network(p);
            p.keyVault("keys", KeyVaultSpec.withKeys(KeySpec.rsa("cmk", 3072, 0)));
            p.objectStore("files", ObjectStoreSpec.privateStore().encryptedWith(Refs.key("keys", "cmk"))
                    .exposure(Exposure.privateIn(Refs.subnet("core", "data"))).labels(Labels.of("team", "platform")));
            p.objectStore("filtered", ObjectStoreSpec.privateStore().exposure(Exposure.publicFrom(List.of(Cidr.parse("192.0.2.0/24")))));
        }));
        assertThat(reasons(plan, "files")).satisfiesExactlyInAnyOrder(
                r -> assertThat(r).contains("customer-managed key keys/cmk is not used").contains("OVHcloud-managed key"),
                r -> assertThat(r).contains("no private access").contains("internet"),
                r -> assertThat(r).startsWith("no TLS minimum can be asked for").contains("HTTPS only"));
        assertThat(plan.deviations()).filteredOn(d -> d.resource().equals("files")).singleElement()
                .satisfies(d -> assertThat(d.properties()).containsExactly("keyCustody", "privateEndpoint", "publicEndpoint", "tlsMinimum"));
        assertThat(reasons(plan, "filtered")).filteredOn(r -> !r.startsWith("no TLS minimum")).singleElement().asString().contains("192.0.2.0/24").contains("not enforced");
    }

    @Test
    void zoneRedundancyNeedsTheThreeZoneRegion() {
        Plan gra = preview(stack(Placement.in(Jurisdiction.FR).withZoneRedundancy(), p -> p.objectStore("files",
                ObjectStoreSpec.privateStore().exposure(Exposure.publicFrom(List.of())))));
        assertThat(reasons(gra, "files")).filteredOn(r -> !r.startsWith("no TLS minimum")).singleElement().asString().contains("GRA has one availability zone");

        Plan paris = preview(stack(PARIS_3AZ, p -> p.objectStore("files", ObjectStoreSpec.privateStore().exposure(Exposure.publicFrom(List.of())))));
        assertThat(one(paris, Storage.TYPE, "files").inputs()).containsEntry("regionName", "EU-WEST-PAR");
        assertThat(paris.deviations()).allSatisfy(d -> assertThat(d.properties()).containsExactly("tlsMinimum"));
        assertThat(paris.choices()).anySatisfy(c -> {
            assertThat(c.requested()).isEqualTo("EU-WEST-PAR (object storage region)");
            assertThat(c.verified()).isFalse();
        });
    }

    @Test
    void blockVolumesUseLuksTypesAndCarryLabels() {
        Plan plan = preview(stack(p -> {
            p.blockVolume("cold", BlockVolumeSpec.of(100, VolumeClass.STANDARD_HDD));
            p.blockVolume("warm", BlockVolumeSpec.of(50, VolumeClass.BALANCED_SSD).labels(Labels.of("team", "platform")));
            p.blockVolume("hot", BlockVolumeSpec.of(20, VolumeClass.PERFORMANCE_SSD));
        }));
        assertThat(one(plan, Volume.TYPE, "cold").inputs()).containsEntry("volumeType", "classic-luks").containsEntry("size", 100L)
                .containsEntry("region", "GRA11").doesNotContainKey("availabilityZone");
        assertThat(one(plan, Volume.TYPE, "warm").inputs()).containsEntry("volumeType", "classic-luks")
                .extractingByKey("metadata").asString().contains("team=platform");
        assertThat(one(plan, Volume.TYPE, "hot").inputs()).containsEntry("volumeType", "high-speed-luks");
        assertThat(plan.deviations()).isEmpty();
        assertThat(plan.choices()).filteredOn(c -> c.kind().equals("volume-class") && c.resource().equals("warm"))
                .singleElement().satisfies(c -> assertThat(c.verified()).isFalse());
    }

    @Test
    void aVolumeCannotUseACustomerKeyNorSurviveAZoneLoss() {
        Plan plan = preview(stack(PARIS_3AZ, p -> {
            p.keyVault("keys", KeyVaultSpec.withKeys(KeySpec.rsa("disks", 2048, 0)));
            p.blockVolume("data", BlockVolumeSpec.of(10, VolumeClass.BALANCED_SSD).encryptedWith(Refs.key("keys", "disks")));
        }));
        assertThat(one(plan, Volume.TYPE, "data").inputs()).containsEntry("availabilityZone", "eu-west-par-a").containsEntry("region", "EU-WEST-PAR");
        assertThat(reasons(plan, "data")).satisfiesExactlyInAnyOrder(
                r -> assertThat(r).contains("customer-managed key keys/disks is not used"),
                r -> assertThat(r).contains("not zone-redundant").contains("eu-west-par-a"));
        assertThat(plan.deviations()).filteredOn(d -> d.resource().equals("data")).singleElement()
                .satisfies(d -> assertThat(d.grade()).isEqualTo(Grade.DEGRADED));
    }
}
