package dev.pont.providers.azure;

import com.pulumi.azurenative.compute.DiskEncryptionSet;
import com.pulumi.azurenative.compute.VirtualMachine;
import com.pulumi.azurenative.compute.VirtualMachineArgs;
import com.pulumi.azurenative.compute.enums.CachingTypes;
import com.pulumi.azurenative.compute.enums.DeleteOptions;
import com.pulumi.azurenative.compute.enums.DiskCreateOptionTypes;
import com.pulumi.azurenative.compute.enums.DiskDeleteOptionTypes;
import com.pulumi.azurenative.compute.enums.SecurityTypes;
import com.pulumi.azurenative.compute.inputs.BootDiagnosticsArgs;
import com.pulumi.azurenative.compute.inputs.DataDiskArgs;
import com.pulumi.azurenative.compute.inputs.DiagnosticsProfileArgs;
import com.pulumi.azurenative.compute.inputs.DiskEncryptionSetParametersArgs;
import com.pulumi.azurenative.compute.inputs.HardwareProfileArgs;
import com.pulumi.azurenative.compute.inputs.ImageReferenceArgs;
import com.pulumi.azurenative.compute.inputs.LinuxConfigurationArgs;
import com.pulumi.azurenative.compute.inputs.ManagedDiskParametersArgs;
import com.pulumi.azurenative.compute.inputs.NetworkInterfaceReferenceArgs;
import com.pulumi.azurenative.compute.inputs.NetworkProfileArgs;
import com.pulumi.azurenative.compute.inputs.OSDiskArgs;
import com.pulumi.azurenative.compute.inputs.OSProfileArgs;
import com.pulumi.azurenative.compute.inputs.SecurityProfileArgs;
import com.pulumi.azurenative.compute.inputs.SshConfigurationArgs;
import com.pulumi.azurenative.compute.inputs.SshPublicKeyArgs;
import com.pulumi.azurenative.compute.inputs.StorageProfileArgs;
import com.pulumi.azurenative.compute.inputs.UefiSettingsArgs;
import com.pulumi.azurenative.network.NetworkInterface;
import com.pulumi.azurenative.network.NetworkInterfaceArgs;
import com.pulumi.azurenative.network.PublicIPAddress;
import com.pulumi.azurenative.network.PublicIPAddressArgs;
import com.pulumi.azurenative.network.enums.IPAllocationMethod;
import com.pulumi.azurenative.network.enums.IPVersion;
import com.pulumi.azurenative.network.enums.PublicIPAddressSkuName;
import com.pulumi.azurenative.network.enums.PublicIPAddressSkuTier;
import com.pulumi.azurenative.network.inputs.NetworkInterfaceIPConfigurationArgs;
import com.pulumi.azurenative.network.inputs.PublicIPAddressSkuArgs;
import dev.pont.core.PontException;
import dev.pont.core.adapter.Realised;
import dev.pont.core.adapter.Scope;
import dev.pont.core.spec.VirtualMachineSpec;
import dev.pont.core.spec.VolumeClass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Linux VM in a subnet: SSH keys only, Trusted Launch, encryption at host, OS disk encrypted
 * (with the customer's key when asked), block volumes attached as data disks.
 */
final class VirtualMachines {
    private final AzureRun run;
    private final CustomerKeys keys;
    private final BlockVolumes volumes;
    /** Block volume name to the VM it is attached to, for this run. */
    private final Map<String, String> attachments = new HashMap<>();

    VirtualMachines(AzureRun run, CustomerKeys keys, BlockVolumes volumes) {
        this.run = run;
        this.keys = keys;
        this.volumes = volumes;
    }

    Realised virtualMachine(Scope scope, VirtualMachineSpec spec) {
        String sshKey = sshKey(scope, spec);
        String size = run.catalog().size(scope, spec.size());
        @SuppressWarnings("unchecked")
        Map<String, String> image = (Map<String, String>) run.catalog().image(scope, spec.image());
        // Premium SSD for the OS disk: a single VM's SLA needs premium disks.
        String osDiskSku = volumes.diskSku(scope, VolumeClass.PERFORMANCE_SSD);
        Handles.Network network = scope.lookup(spec.subnet().network(), Handles.Network.class);

        NetworkInterfaceIPConfigurationArgs.Builder ip = NetworkInterfaceIPConfigurationArgs.builder()
                .name("primary")
                .primary(true)
                .privateIPAllocationMethod(IPAllocationMethod.Dynamic)
                .subnet(network.subnetRef(spec.subnet().subnet()));
        if (spec.publicIp()) {
            ip.publicIPAddress(com.pulumi.azurenative.network.inputs.PublicIPAddressArgs.builder().id(publicIp(scope).id()).build());
        }
        String nicName = scope.child("nic");
        NetworkInterface nic = new NetworkInterface(nicName, NetworkInterfaceArgs.builder()
                .networkInterfaceName(nicName)
                .resourceGroupName(run.resourceGroupName())
                .location(run.location())
                .ipConfigurations(ip.build())
                .enableIPForwarding(false)
                .tags(run.tags(scope))
                .build(), scope.options(null));

        ManagedDiskParametersArgs.Builder osManagedDisk = ManagedDiskParametersArgs.builder().storageAccountType(osDiskSku);
        if (spec.diskEncryptionKey() != null) {
            DiskEncryptionSet set = keys.diskEncryptionSet(scope, spec.diskEncryptionKey());
            osManagedDisk.diskEncryptionSet(DiskEncryptionSetParametersArgs.builder().id(set.id()).build());
        }
        String name = scope.child("vm");
        VirtualMachine vm = new VirtualMachine(name, VirtualMachineArgs.builder()
                .vmName(name)
                .resourceGroupName(run.resourceGroupName())
                .location(run.location())
                .hardwareProfile(HardwareProfileArgs.builder().vmSize(size).build())
                .storageProfile(StorageProfileArgs.builder()
                        .imageReference(ImageReferenceArgs.builder()
                                .publisher(image.get("publisher"))
                                .offer(image.get("offer"))
                                .sku(image.get("sku"))
                                .version(image.get("version"))
                                .build())
                        .osDisk(OSDiskArgs.builder()
                                .name(name + "-os")
                                .createOption(DiskCreateOptionTypes.FromImage)
                                .caching(CachingTypes.ReadWrite)
                                .diskSizeGB(spec.osDiskGiB())
                                .deleteOption(DiskDeleteOptionTypes.Delete)
                                .managedDisk(osManagedDisk.build())
                                .build())
                        .dataDisks(dataDisks(scope, spec))
                        .build())
                .osProfile(OSProfileArgs.builder()
                        .computerName(scope.name())
                        .adminUsername(spec.adminUser())
                        .linuxConfiguration(LinuxConfigurationArgs.builder()
                                .disablePasswordAuthentication(true)
                                .provisionVMAgent(true)
                                .ssh(SshConfigurationArgs.builder()
                                        .publicKeys(SshPublicKeyArgs.builder()
                                                .path("/home/" + spec.adminUser() + "/.ssh/authorized_keys")
                                                .keyData(sshKey)
                                                .build())
                                        .build())
                                .build())
                        .build())
                .networkProfile(NetworkProfileArgs.builder()
                        .networkInterfaces(NetworkInterfaceReferenceArgs.builder()
                                .id(nic.id())
                                .primary(true)
                                .deleteOption(DeleteOptions.Delete)
                                .build())
                        .build())
                .securityProfile(SecurityProfileArgs.builder()
                        // Temp disk and caches encrypted on the host too, not only the managed disks.
                        .encryptionAtHost(true)
                        .securityType(SecurityTypes.TrustedLaunch)
                        .uefiSettings(UefiSettingsArgs.builder().secureBootEnabled(true).vTpmEnabled(true).build())
                        .build())
                // Boot diagnostics in Azure-managed storage: no storage account with keys to look after.
                .diagnosticsProfile(DiagnosticsProfileArgs.builder()
                        .bootDiagnostics(BootDiagnosticsArgs.builder().enabled(true).build())
                        .build())
                .tags(run.tags(scope))
                .build(), scope.options(null));
        return Realised.of(vm.id(), new Handles.VirtualMachine(scope.name(), vm));
    }

    /** The admin SSH public key from config: a missing or malformed key is the user's to fix, named in one line. */
    private String sshKey(Scope scope, VirtualMachineSpec spec) {
        String key;
        try {
            key = run.session().config().require(AzureRun.TARGET, spec.sshKeyConfig(), "admin SSH public key");
        } catch (PontException e) {
            throw scope.error(e.getMessage().replaceFirst("^target [^:]+: ", ""));
        }
        if (!key.startsWith("ssh-rsa ") && !key.startsWith("ssh-ed25519 ")) {
            throw scope.error("config value " + spec.sshKeyConfig() + " is not an SSH public key Azure accepts: set it to the"
                    + " one-line ssh-ed25519 or ssh-rsa public key (the content of ~/.ssh/id_ed25519.pub)");
        }
        return key.strip();
    }

    private PublicIPAddress publicIp(Scope scope) {
        String name = scope.child("public-ip");
        return new PublicIPAddress(name, PublicIPAddressArgs.builder()
                .publicIpAddressName(name)
                .resourceGroupName(run.resourceGroupName())
                .location(run.location())
                // Standard SKU: closed to inbound traffic unless an NSG rule allows it.
                .sku(PublicIPAddressSkuArgs.builder().name(PublicIPAddressSkuName.Standard).tier(PublicIPAddressSkuTier.Regional).build())
                .publicIPAllocationMethod(IPAllocationMethod.Static)
                .publicIPAddressVersion(IPVersion.IPv4)
                .tags(run.tags(scope))
                .build(), scope.options(null));
    }

    /** The listed block volumes, attached in order (LUN 0, 1, ...); a volume attaches to one VM only. */
    private List<DataDiskArgs> dataDisks(Scope scope, VirtualMachineSpec spec) {
        List<DataDiskArgs> disks = new ArrayList<>();
        for (int lun = 0; lun < spec.volumes().size(); lun++) {
            String volume = spec.volumes().get(lun);
            String owner = attachments.putIfAbsent(volume, scope.name());
            if (owner != null) {
                throw scope.error("block volume '" + volume + "' is already attached to virtual machine '" + owner
                        + "': an Azure managed disk attaches to one VM; declare a volume per VM");
            }
            Handles.BlockVolume handle = scope.lookup(volume, Handles.BlockVolume.class);
            disks.add(DataDiskArgs.builder()
                    .lun(lun)
                    .name(handle.disk().name())
                    .createOption(DiskCreateOptionTypes.Attach)
                    .managedDisk(ManagedDiskParametersArgs.builder().id(handle.disk().id()).build())
                    // Deleting the VM keeps the volume: it has a life of its own in the stack.
                    .deleteOption(DiskDeleteOptionTypes.Detach)
                    .build());
        }
        return disks;
    }
}
