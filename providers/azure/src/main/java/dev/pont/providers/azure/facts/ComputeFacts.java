package dev.pont.providers.azure.facts;

import static dev.pont.core.facts.Rules.props;

import dev.pont.core.facts.KeyCustody;
import dev.pont.core.facts.Property;
import dev.pont.core.facts.Rules;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.ResourceKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Virtual machines, scale sets and managed disks. A VM's public IP is a public IP address
 * attached to one of its network interfaces, so NICs and public IPs state {@code publicIp} too.
 */
final class ComputeFacts {
    static final String NIC = "azure-native:network:NetworkInterface";
    private static final String VM = ResourceKind.VIRTUAL_MACHINE.role();

    private ComputeFacts() {}

    static void register(Rules rules) {
        // A disk encryption set without an encryption type uses the customer's key (EncryptionAtRestWithCustomerKey).
        rules.onInPlan("azure-native:compute:VirtualMachine", VM, ComputeFacts::virtualMachine)
                .onInPlan("azure-native:compute:VirtualMachineScaleSet", VM, ComputeFacts::scaleSet)
                .onInPlan("azure-native:compute:Disk", ResourceKind.BLOCK_VOLUME.role(), ComputeFacts::disk)
                .onInPlan(KeyCustodies.DISK_ENCRYPTION_SET, AzureFacts.KEY_BINDING, (r, plan) -> props()
                        .put(Property.KEY_CUSTODY, Inputs.str(r, "encryptionType") == null || customerKeyType(Inputs.str(r, "encryptionType"))
                                ? KeyCustodies.ofKeyUri(plan, Inputs.str(r, "activeKey.keyUrl")) : KeyCustody.PROVIDER.wire())
                        .put(Property.LOCATION, Inputs.location(r)))
                .onInPlan("azure-native:compute:Snapshot", AzureFacts.VOLUME_SNAPSHOT, (r, plan) -> props()
                        .put(Property.ENCRYPTED_AT_REST, true)
                        .put(Property.KEY_CUSTODY, diskCustody(plan, r))
                        .put(Property.LOCATION, Inputs.location(r)))
                .on(NIC, AzureFacts.NETWORK_INTERFACE, r -> props()
                        .put(Property.PUBLIC_IP, Inputs.maps(r, "ipConfigurations").stream().anyMatch(ComputeFacts::hasPublicIp))
                        .put(Property.LOCATION, Inputs.location(r)))
                .on("azure-native:network:PublicIPAddress", AzureFacts.PUBLIC_IP, r -> props()
                        .put(Property.PUBLIC_IP, true)
                        .put(Property.LOCATION, Inputs.location(r)))
                .on("azure-native:network:PublicIPPrefix", AzureFacts.PUBLIC_IP, r -> props()
                        .put(Property.PUBLIC_IP, true)
                        .put(Property.LOCATION, Inputs.location(r)));
        for (String type : List.of("VirtualMachineExtension", "VirtualMachineScaleSetExtension", "VirtualMachineRunCommandByVirtualMachine")) {
            rules.on("azure-native:compute:" + type, AzureFacts.VM_EXTENSION, r -> props().put(Property.LOCATION, Inputs.location(r)));
        }
        for (String type : List.of("AvailabilitySet", "ProximityPlacementGroup", "DedicatedHostGroup", "DedicatedHost", "CapacityReservationGroup")) {
            rules.on("azure-native:compute:" + type, AzureFacts.PLACEMENT_GROUP, r -> props().put(Property.LOCATION, Inputs.location(r)));
        }
        for (String type : List.of("Image", "Gallery", "GalleryImage", "GalleryImageVersion")) {
            rules.on("azure-native:compute:" + type, AzureFacts.MACHINE_IMAGE, r -> props().put(Property.LOCATION, Inputs.location(r)));
        }
        rules.on("azure-native:compute:SshPublicKey", AzureFacts.SSH_KEY, r -> props().put(Property.LOCATION, Inputs.location(r)));
    }

    static Rules.Props virtualMachine(PlannedResource r, Plan plan) {
        Rules.Props p = props().put(Property.LOCATION, Inputs.location(r));
        size(p, Inputs.str(r, "hardwareProfile.vmSize"), Inputs.integer(r, "hardwareProfile.vmSizeProperties.vCPUsAvailable"));
        Object osDisk = Inputs.at(r, "storageProfile.osDisk");
        p.put(Property.ENCRYPTED_AT_REST, osDiskEncrypted(osDisk, Inputs.bool(r, "securityProfile.encryptionAtHost")));
        String setId = Inputs.str(osDisk, "managedDisk.diskEncryptionSet.id");
        p.put(Property.KEY_CUSTODY, setId != null ? KeyCustodies.ofDiskEncryptionSet(plan, setId) : KeyCustody.PROVIDER.wire());
        p.put(Property.PUBLIC_IP, vmPublicIp(r, plan).orElse(null));
        return p;
    }

    /** A scale set's instances: the same reading on {@code virtualMachineProfile}, public IPs from its NIC configurations. */
    static Rules.Props scaleSet(PlannedResource r, Plan plan) {
        Object profile = Inputs.at(r, "virtualMachineProfile");
        Rules.Props p = props().put(Property.LOCATION, Inputs.location(r));
        size(p, Inputs.str(r, "sku.name"), Inputs.integer(profile, "hardwareProfile.vmSizeProperties.vCPUsAvailable"));
        Object osDisk = Inputs.at(profile, "storageProfile.osDisk");
        p.put(Property.ENCRYPTED_AT_REST, osDiskEncrypted(osDisk, Inputs.bool(profile, "securityProfile.encryptionAtHost")));
        String setId = Inputs.str(osDisk, "managedDisk.diskEncryptionSet.id");
        p.put(Property.KEY_CUSTODY, setId != null ? KeyCustodies.ofDiskEncryptionSet(plan, setId) : KeyCustody.PROVIDER.wire());
        p.put(Property.PUBLIC_IP, Inputs.maps(profile, "networkProfile.networkInterfaceConfigurations").stream()
                .flatMap(nic -> Inputs.maps(nic, "ipConfigurations").stream())
                .anyMatch(ip -> Inputs.at(ip, "publicIPAddressConfiguration") != null));
        return p;
    }

    /**
     * Managed disks are always encrypted at rest (server-side encryption, or by the host with
     * encryption at host). An ephemeral OS disk ({@code diffDiskSettings.option: Local}) lives on the
     * host's local storage, which only encryption at host encrypts.
     */
    static boolean osDiskEncrypted(Object osDisk, Boolean encryptionAtHost) {
        boolean ephemeral = Inputs.is(Inputs.str(osDisk, "diffDiskSettings.option"), "Local");
        return !ephemeral || Boolean.TRUE.equals(encryptionAtHost);
    }

    /**
     * Whether a VM has a public IP: one of its NICs (inline configurations, or NIC resources the
     * plan holds) carries a public IP address. Stated false only when every NIC was seen.
     */
    private static Optional<Boolean> vmPublicIp(PlannedResource r, Plan plan) {
        if (Inputs.maps(r, "networkProfile.networkInterfaceConfigurations").stream()
                .flatMap(nic -> Inputs.maps(nic, "ipConfigurations").stream())
                .anyMatch(ip -> Inputs.at(ip, "publicIPAddressConfiguration") != null)) {
            return Optional.of(true);
        }
        List<Map<String, Object>> refs = Inputs.maps(r, "networkProfile.networkInterfaces");
        List<Optional<PlannedResource>> nics = refs.stream()
                .map(ref -> Neighbours.byId(plan, Inputs.str(ref, "id"), NIC, "networkInterfaceName")).toList();
        boolean anyPublic = nics.stream().flatMap(Optional::stream)
                .anyMatch(nic -> Inputs.maps(nic, "ipConfigurations").stream().anyMatch(ComputeFacts::hasPublicIp));
        if (anyPublic) {
            return Optional.of(true);
        }
        boolean allSeen = !nics.isEmpty() && nics.stream().allMatch(Optional::isPresent);
        return allSeen || Inputs.at(r, "networkProfile.networkInterfaceConfigurations") != null ? Optional.of(false) : Optional.empty();
    }

    private static boolean hasPublicIp(Map<String, Object> ipConfiguration) {
        Object ip = ipConfiguration.get("publicIPAddress");
        return ip instanceof Map<?, ?> m ? !m.isEmpty() : ip != null;
    }

    /**
     * Server-side encryption of managed disks is always on; a customer key comes through a disk
     * encryption set. {@code networkAccessPolicy} (AllowAll by default) lets anyone with a SAS export
     * the disk over the internet: that is the disk's public endpoint.
     */
    static Rules.Props disk(PlannedResource r, Plan plan) {
        boolean export = !Inputs.is(Inputs.str(r, "networkAccessPolicy"), "DenyAll") && !Inputs.is(Inputs.str(r, "networkAccessPolicy"), "AllowPrivate")
                && !Inputs.is(Inputs.str(r, "publicNetworkAccess"), "Disabled");
        String sku = Inputs.str(r, "sku.name");
        return props()
                .put(Property.ENCRYPTED_AT_REST, true)
                .put(Property.KEY_CUSTODY, diskCustody(plan, r))
                .put(Property.SIZE_GIB, Inputs.integer(r, "diskSizeGB"))
                .put(Property.PUBLIC_ENDPOINT, export)
                .put(Property.ZONE_REDUNDANT, sku != null && sku.toUpperCase(java.util.Locale.ROOT).endsWith("_ZRS"))
                .put(Property.LOCATION, Inputs.location(r));
    }

    /** A disk set to a customer-key type, or naming a disk encryption set without a type, uses the customer's key. */
    private static String diskCustody(Plan plan, PlannedResource r) {
        String type = Inputs.str(r, "encryption.type");
        String setId = Inputs.str(r, "encryption.diskEncryptionSetId");
        if (!customerKeyType(type) && (type != null || setId == null)) {
            return KeyCustody.PROVIDER.wire();
        }
        return setId == null ? KeyCustody.CUSTOMER.wire() : KeyCustodies.ofDiskEncryptionSet(plan, setId);
    }

    /** Encryption types that involve the customer's key (alone, or doubled with Microsoft's). */
    private static boolean customerKeyType(String type) {
        return type != null && type.toLowerCase(java.util.Locale.ROOT).contains("customerkey");
    }

    private static void size(Rules.Props p, String sizeName, Integer vcpusAvailable) {
        MachineSizes.of(sizeName).ifPresent(size -> p
                .put(Property.VCPU, vcpusAvailable != null ? vcpusAvailable : size.vcpu())
                .put(Property.MEMORY_GIB, Values.whole(size.memoryGiB())));
    }
}
