package dev.pont.core.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * A virtual machine in a subnet. No public IP unless asked; the OS disk is encrypted; listed
 * block volumes are attached in order. Administrators log in with the SSH public key read from
 * the stack config key {@code sshKeyConfig}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VirtualMachineSpec(Size size, OsImage image, Refs.SubnetRef subnet, int osDiskGiB,
                                 List<String> volumes, boolean publicIp, String adminUser, String sshKeyConfig,
                                 Refs.KeyRef diskEncryptionKey, Labels labels) implements Spec {

    public VirtualMachineSpec {
        Checks.notNull("virtual machine size", size);
        Checks.notNull("virtual machine image", image);
        Checks.notNull("virtual machine subnet", subnet);
        Checks.range("virtual machine osDiskGiB", osDiskGiB, 10, 4096);
        volumes = Checks.list(volumes);
        volumes.forEach(v -> Checks.name("virtual machine volume", v));
        if (adminUser == null || !adminUser.matches("[a-z_][a-z0-9_-]{0,31}") || adminUser.equals("root") || adminUser.equals("admin")) {
            throw new SpecException("virtual machine adminUser '" + adminUser + "' is invalid: use a lower-case login other than root or admin, e.g. 'ops'");
        }
        if (sshKeyConfig == null || sshKeyConfig.isBlank()) {
            throw new SpecException("virtual machine sshKeyConfig is required: name the stack config key holding the admin SSH public key");
        }
        labels = labels == null ? Labels.NONE : labels;
    }

    public static VirtualMachineSpec of(Size size, OsImage image, Refs.SubnetRef subnet) {
        return new VirtualMachineSpec(size, image, subnet, 30, List.of(), false, "ops", "pont:adminSshPublicKey", null, Labels.NONE);
    }

    public VirtualMachineSpec volumes(String... names) {
        return new VirtualMachineSpec(size, image, subnet, osDiskGiB, List.of(names), publicIp, adminUser, sshKeyConfig, diskEncryptionKey, labels);
    }

    public VirtualMachineSpec publicIp(boolean on) {
        return new VirtualMachineSpec(size, image, subnet, osDiskGiB, volumes, on, adminUser, sshKeyConfig, diskEncryptionKey, labels);
    }

    public VirtualMachineSpec osDiskGiB(int gib) {
        return new VirtualMachineSpec(size, image, subnet, gib, volumes, publicIp, adminUser, sshKeyConfig, diskEncryptionKey, labels);
    }

    public VirtualMachineSpec diskEncryptedWith(Refs.KeyRef key) {
        return new VirtualMachineSpec(size, image, subnet, osDiskGiB, volumes, publicIp, adminUser, sshKeyConfig, key, labels);
    }

    public VirtualMachineSpec labels(Labels labels) {
        return new VirtualMachineSpec(size, image, subnet, osDiskGiB, volumes, publicIp, adminUser, sshKeyConfig, diskEncryptionKey, labels);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.VIRTUAL_MACHINE;
    }

    @Override
    public List<Refs.Ref> references() {
        List<Refs.Ref> refs = new ArrayList<>();
        refs.add(subnet);
        if (diskEncryptionKey != null) {
            refs.add(diskEncryptionKey);
        }
        volumes.forEach(v -> refs.add(new Refs.ResourceRef(v, ResourceKind.BLOCK_VOLUME)));
        return refs;
    }
}
