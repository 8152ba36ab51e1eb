package dev.pont.providers.azure.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.facts.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Virtual machines, scale sets, disks and what gives a VM a public IP. */
class ComputeFactsTest {
    static final Estate ESTATE = Estate.load("compute");

    @Test
    void aVmWithAPublicIpOnItsNicHasAPublicIp() {
        var vm = ESTATE.fact("vm-jump");
        assertThat(vm.role()).isEqualTo("virtual-machine");
        assertThat(vm.properties())
                .containsEntry("vcpu", 2).containsEntry("memoryGiB", 4)
                .containsEntry("publicIp", true)
                .containsEntry("encryptedAtRest", true)
                .containsEntry("keyCustody", "provider")
                .containsEntry("location", "francecentral");
        assertThat(ESTATE.fact("nic-jump").properties()).containsEntry("publicIp", true);
        assertThat(ESTATE.fact("pip-jump").role()).isEqualTo("public-ip");
        assertThat(ESTATE.fact("pip-jump").properties()).containsEntry("publicIp", true);
    }

    @Test
    void aVmReadWithoutItsNicDoesNotClaimEitherWay() {
        assertThat(ESTATE.alone("vm-jump").properties()).doesNotContainKey("publicIp");
    }

    @Test
    void anEphemeralOsDiskWithoutEncryptionAtHostIsNotEncrypted() {
        assertThat(ESTATE.fact("vm-render").properties())
                .containsEntry("encryptedAtRest", false)
                .containsEntry("publicIp", false)
                .containsEntry("vcpu", 4)
                .containsEntry("memoryGiB", 128);
    }

    @Test
    void encryptionAtHostCoversTheEphemeralDiskAndAManagedHsmKeyIsHsmCustody() {
        assertThat(ESTATE.fact("vm-app").properties())
                .containsEntry("encryptedAtRest", true)
                .containsEntry("keyCustody", "customer-hsm")
                .containsEntry("vcpu", 8).containsEntry("memoryGiB", 32)
                .doesNotContainKey("publicIp");
    }

    @Test
    void aDiskStatesSizeEncryptionKeyAndExport() {
        var disk = ESTATE.fact("disk-app-data");
        assertThat(disk.role()).isEqualTo("block-volume");
        assertThat(disk.properties())
                .containsEntry("sizeGiB", 512)
                .containsEntry("encryptedAtRest", true)
                .containsEntry("keyCustody", "customer-hsm")
                .containsEntry("publicEndpoint", false)
                .containsEntry("zoneRedundant", true);
        assertThat(ESTATE.fact("disk-jump-data").properties())
                .containsEntry("keyCustody", "provider")
                .containsEntry("publicEndpoint", true)
                .containsEntry("zoneRedundant", false);
    }

    @Test
    void aDiskEncryptionSetIsKeyPlumbingWithTheCustodyOfItsKey() {
        assertThat(ESTATE.fact("des-app").role()).isEqualTo("key-binding");
        assertThat(ESTATE.fact("des-app").properties()).containsEntry("keyCustody", "customer-hsm");
    }

    @Test
    void aScaleSetIsAVirtualMachineWithItsInstancesSize() {
        assertThat(ESTATE.fact("vmss-web").properties())
                .containsEntry("vcpu", 4).containsEntry("memoryGiB", 8).containsEntry("publicIp", true).containsEntry("encryptedAtRest", true);
    }

    @Test
    void snapshotsAndExtensionsAreSupporting() {
        assertThat(ESTATE.fact("disk-jump-data-nightly").role()).isEqualTo("volume-snapshot");
        assertThat(ESTATE.fact("vm-jump-aad-login").role()).isEqualTo("vm-extension");
    }

    @Test
    void aVmCombinedWithItsNicAndPublicIpIsExposed() {
        assertThat(Facts.combine(List.of(ESTATE.fact("vm-jump"), ESTATE.fact("nic-jump"), ESTATE.fact("pip-jump"))))
                .containsEntry("publicIp", true);
    }
}
