package dev.pont.providers.azure;

import static dev.pont.providers.azure.Previews.SSH_KEY;
import static dev.pont.providers.azure.Previews.at;
import static dev.pont.providers.azure.Previews.component;
import static dev.pont.providers.azure.Previews.dependsOn;
import static dev.pont.providers.azure.Previews.id;
import static dev.pont.providers.azure.Previews.map;
import static dev.pont.providers.azure.Previews.named;
import static dev.pont.providers.azure.Previews.preview;
import static dev.pont.providers.azure.Previews.stack;
import static dev.pont.providers.azure.Previews.under;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.plan.CatalogChoice;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.platform.Platform;
import dev.pont.core.preview.Preview;
import dev.pont.core.preview.PreviewConfig;
import dev.pont.core.spec.BlockVolumeSpec;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.OsImage;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.Size;
import dev.pont.core.spec.SubnetSpec;
import dev.pont.core.spec.VirtualMachineSpec;
import dev.pont.core.spec.VolumeClass;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VirtualMachineTest {
    static final Consumer<Platform> NETWORK = p -> p.network("core", NetworkSpec.of("10.20.0.0/16", SubnetSpec.of("admin", "10.20.4.0/24")));

    static Plan plan;

    @BeforeAll
    static void previewOnce() {
        plan = preview(stack(p -> {
            NETWORK.accept(p);
            p.keyVault("keys", KeyVaultSpec.withKeys(KeySpec.rsa("disks", 3072, 365)));
            p.blockVolume("logs", BlockVolumeSpec.of(64, VolumeClass.BALANCED_SSD));
            p.blockVolume("data", BlockVolumeSpec.of(256, VolumeClass.PERFORMANCE_SSD));
            p.virtualMachine("bastion", VirtualMachineSpec.of(Size.of(4, 16), OsImage.ubuntu("24.04"), Refs.subnet("core", "admin"))
                    .volumes("data", "logs")
                    .osDiskGiB(64)
                    .diskEncryptedWith(Refs.key("keys", "disks")));
            p.virtualMachine("jump", VirtualMachineSpec.of(Size.of(3, 10), OsImage.debian("12"), Refs.subnet("core", "admin")).publicIp(true));
        }));
    }

    @Test
    void sizeAndImageComeFromTheCatalogNeverSmallerThanAsked() {
        assertThat(plan.choices()).filteredOn(c -> c.resource().equals("bastion") && !c.kind().equals("volume-class")).containsExactly(
                new CatalogChoice("bastion", "azure", "image", "ubuntu-24.04", "Canonical:ubuntu-24_04-lts:server:latest", true, ""),
                new CatalogChoice("bastion", "azure", "size", "4 vCPU / 16 GiB", "Standard_D4s_v5", true, ""));
        assertThat(plan.choices()).contains(new CatalogChoice("jump", "azure", "size", "3 vCPU / 10 GiB", "Standard_D4s_v5", true,
                "over-provisioned to 4 vCPU / 16 GiB"));
        PlannedResource vm = named(plan, "bastion-vm");
        assertThat(at(vm, "hardwareProfile.vmSize")).isEqualTo("Standard_D4s_v5");
        assertThat(at(vm, "storageProfile.imageReference")).isEqualTo(Map.of("publisher", "Canonical", "offer", "ubuntu-24_04-lts",
                "sku", "server", "version", "latest"));
        assertThat(at(named(plan, "jump-vm"), "storageProfile.imageReference.offer")).isEqualTo("debian-12");
    }

    @Test
    void sshKeysOnlyTrustedLaunchAndEncryptionAtHost() {
        PlannedResource vm = named(plan, "bastion-vm");
        assertThat(vm.parent()).isEqualTo(component(plan, "bastion").urn());
        assertThat(at(vm, "osProfile")).isEqualTo(Map.of("computerName", "bastion", "adminUsername", "ops",
                "linuxConfiguration", Map.of("disablePasswordAuthentication", true, "provisionVMAgent", true,
                        "ssh", Map.of("publicKeys", List.of(Map.of("path", "/home/ops/.ssh/authorized_keys", "keyData", SSH_KEY))))));
        assertThat(at(vm, "securityProfile")).isEqualTo(Map.of("encryptionAtHost", true, "securityType", "TrustedLaunch",
                "uefiSettings", Map.of("secureBootEnabled", true, "vTpmEnabled", true)));
        assertThat(at(vm, "diagnosticsProfile.bootDiagnostics")).isEqualTo(Map.of("enabled", true));
    }

    @Test
    void theOsDiskIsPremiumAndEncryptedWithTheCustomerKey() {
        PlannedResource vm = named(plan, "bastion-vm");
        assertThat(at(vm, "storageProfile.osDisk")).isEqualTo(Map.of("name", "bastion-vm-os", "createOption", "FromImage",
                "caching", "ReadWrite", "diskSizeGB", 64L, "deleteOption", "Delete",
                "managedDisk", Map.of("storageAccountType", "Premium_LRS",
                        "diskEncryptionSet", Map.of("id", id("Microsoft.Compute", "diskEncryptionSets/bastion-des")))));
        assertThat(named(plan, "bastion-des").parent()).isEqualTo(component(plan, "bastion").urn());
        assertThat(at(named(plan, "jump-vm"), "storageProfile.osDisk.managedDisk")).isEqualTo(Map.of("storageAccountType", "Premium_LRS"));
    }

    @Test
    void listedVolumesAreAttachedInOrderAndOutliveTheVm() {
        PlannedResource vm = named(plan, "bastion-vm");
        assertThat(at(vm, "storageProfile.dataDisks")).isEqualTo(List.of(
                Map.of("lun", 0L, "name", "data-disk", "createOption", "Attach", "deleteOption", "Detach",
                        "managedDisk", Map.of("id", id("Microsoft.Compute", "disks/data-disk"))),
                Map.of("lun", 1L, "name", "logs-disk", "createOption", "Attach", "deleteOption", "Detach",
                        "managedDisk", Map.of("id", id("Microsoft.Compute", "disks/logs-disk")))));
        assertThat(dependsOn(plan, vm, "data-disk")).isTrue();
        assertThat(dependsOn(plan, vm, "logs-disk")).isTrue();
    }

    @Test
    void aNetworkInterfaceInTheSubnetAndAPublicAddressOnlyWhenAsked() {
        PlannedResource nic = named(plan, "bastion-nic");
        assertThat(at(nic, "ipConfigurations.0.subnet.id")).isEqualTo(id("Microsoft.Network", "virtualNetworks/core-vnet/subnets/admin"));
        assertThat(map(nic, "ipConfigurations.0")).doesNotContainKey("publicIPAddress");
        assertThat(at(named(plan, "bastion-vm"), "networkProfile.networkInterfaces.0.id")).isEqualTo(nic.id());
        assertThat(under(plan, "bastion", "azure-native:network:PublicIPAddress")).isEmpty();
        PlannedResource ip = named(plan, "jump-public-ip");
        assertThat(ip.inputs()).containsEntry("sku", Map.of("name", "Standard", "tier", "Regional"))
                .containsEntry("publicIPAllocationMethod", "Static");
        assertThat(at(named(plan, "jump-nic"), "ipConfigurations.0.publicIPAddress.id")).isEqualTo(ip.id());
    }

    @Test
    void aMissingSshKeyIsAOneLineErrorNamingTargetResourceAndFix() {
        var stack = stack(p -> {
            NETWORK.accept(p);
            p.virtualMachine("bastion", VirtualMachineSpec.of(Size.of(2, 8), OsImage.ubuntu("24.04"), Refs.subnet("core", "admin")));
        });
        assertThatThrownBy(() -> Preview.of(stack, new AzureAdapter(), new PreviewConfig(Map.of(), Set.of())))
                .isInstanceOf(PontException.class)
                .hasMessage("target azure, virtual-machine 'bastion': missing config value pont:adminSshPublicKey (admin SSH public key):"
                        + " set it with `pulumi config set pont:adminSshPublicKey <value>` or in Pulumi.azure.yaml")
                .satisfies(e -> {
                    assertThat(e.getMessage()).doesNotContain("\n");
                    assertThat(((PontException) e).exitCode()).isEqualTo(PontException.USAGE);
                });
        assertThatThrownBy(() -> preview(stack, Map.of("pont:adminSshPublicKey", "ecdsa-sha2-nistp256 AAAAE2 me")))
                .isInstanceOf(PontException.class)
                .hasMessage("target azure, virtual-machine 'bastion': config value pont:adminSshPublicKey is not an SSH public key Azure"
                        + " accepts: set it to the one-line ssh-ed25519 or ssh-rsa public key (the content of ~/.ssh/id_ed25519.pub)");
    }

    @Test
    void anImageOrSizeTheCatalogLacksIsAOneLineError() {
        assertThatThrownBy(() -> preview(stack(p -> {
            NETWORK.accept(p);
            p.virtualMachine("vm", VirtualMachineSpec.of(Size.of(2, 8), new OsImage("rocky", "9"), Refs.subnet("core", "admin")));
        }))).isInstanceOf(PontException.class)
                .hasMessage("target azure, virtual-machine 'vm': no azure image for rocky-9: use one of [debian-12, ubuntu-22.04, ubuntu-24.04]");
        assertThatThrownBy(() -> preview(stack(p -> {
            NETWORK.accept(p);
            p.virtualMachine("vm", VirtualMachineSpec.of(Size.of(128, 512), OsImage.ubuntu("24.04"), Refs.subnet("core", "admin")));
        }))).isInstanceOf(PontException.class)
                .hasMessage("target azure, virtual-machine 'vm': no azure size has 128 vCPU / 512 GiB or more (largest: 96 vCPU / 672 GiB):"
                        + " ask for a smaller size");
    }

    @Test
    void aVolumeAttachesToOneVmOnly() {
        assertThatThrownBy(() -> preview(stack(p -> {
            NETWORK.accept(p);
            p.blockVolume("shared", BlockVolumeSpec.of(64, VolumeClass.BALANCED_SSD));
            p.virtualMachine("one", VirtualMachineSpec.of(Size.of(2, 8), OsImage.ubuntu("24.04"), Refs.subnet("core", "admin")).volumes("shared"));
            p.virtualMachine("two", VirtualMachineSpec.of(Size.of(2, 8), OsImage.ubuntu("24.04"), Refs.subnet("core", "admin")).volumes("shared"));
        }))).isInstanceOf(PontException.class)
                .hasMessage("target azure, virtual-machine 'two': block volume 'shared' is already attached to virtual machine 'one': an"
                        + " Azure managed disk attaches to one VM; declare a volume per VM");
    }
}
