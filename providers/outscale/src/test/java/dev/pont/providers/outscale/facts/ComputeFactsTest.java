package dev.pont.providers.outscale.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.facts.Fact;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** VMs, BSU volumes and what is attached to them. */
class ComputeFactsTest {
    static final Map<String, Fact> FACTS = Fixtures.facts("compute.json");

    @Test
    void aTinaTypeStatesItsSizeAndTheSubnetItsRegion() {
        assertThat(FACTS.get("app-1").role()).isEqualTo("virtual-machine");
        assertThat(FACTS.get("app-1").properties()).containsEntry("vcpu", 4).containsEntry("memoryGiB", 16)
                .containsEntry("location", "cloudgouv-eu-west-1").containsEntry("publicIp", false)
                .containsEntry("publicEndpoint", false).containsEntry("privateEndpoint", true);
    }

    @Test
    void bsuEncryptionIsNotStatedForTheProviderHasNoInputForIt() {
        assertThat(FACTS.get("app-1").properties()).doesNotContainKeys("encryptedAtRest", "keyCustody");
        assertThat(FACTS.get("app-data").properties()).doesNotContainKeys("encryptedAtRest", "keyCustody");
    }

    @Test
    void aPublicIpLinkedToTheVmOrMappedByItsSubnetMakesItPublic() {
        assertThat(FACTS.get("bastion").properties()).containsEntry("publicIp", true).containsEntry("vcpu", 2).containsEntry("memoryGiB", 4);
        assertThat(FACTS.get("bastion-ip-link").properties()).containsEntry("publicIp", true);
        assertThat(FACTS.get("bastion-ip").properties()).doesNotContainKey("publicIp");
        assertThat(FACTS.get("web-1").properties()).containsEntry("publicIp", true).containsEntry("publicEndpoint", true);
    }

    @Test
    void theDefaultAwsStyleTypeStatesNoSizeAndNoSubnetMeansTheProvidersRegion() {
        assertThat(FACTS.get("legacy").properties()).doesNotContainKeys("vcpu", "memoryGiB", "privateEndpoint")
                .containsEntry("location", "cloudgouv-eu-west-1").containsEntry("publicIp", false);
    }

    @Test
    void volumesStateTheirSizeAndRegion() {
        assertThat(FACTS.get("app-data").role()).isEqualTo("block-volume");
        assertThat(FACTS.get("app-data").properties()).containsEntry("sizeGiB", 200).containsEntry("location", "cloudgouv-eu-west-1");
        assertThat(FACTS.get("restored").properties()).doesNotContainKey("sizeGiB");
        assertThat(FACTS.get("app-data-link").role()).isEqualTo("volume-attachment");
        assertThat(FACTS.get("app-data-snap").role()).isEqualTo("snapshot");
        assertThat(FACTS.get("ops").role()).isEqualTo("keypair");
    }

    @Test
    void namesFollowOutscalesGrammars() {
        assertThat(OutscaleNames.region("eu-west-2b")).isEqualTo("eu-west-2");
        assertThat(OutscaleNames.region("cloudgouv-eu-west-1")).isEqualTo("cloudgouv-eu-west-1");
        assertThat(OutscaleNames.size("tinav7.c8r64p2")).contains(new OutscaleNames.Size(8, 64));
        assertThat(OutscaleNames.size("tinav5.c1r1")).contains(new OutscaleNames.Size(1, 1));
        assertThat(OutscaleNames.size("t2.small")).isEmpty();
        assertThat(OutscaleNames.size("tinav7.c4r16p9")).isEmpty();
    }
}
