package dev.pont.providers.s3ns.facts;

import static dev.pont.core.facts.Rules.props;

import dev.pont.core.facts.KeyCustody;
import dev.pont.core.facts.Property;
import dev.pont.core.facts.Rules;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.ResourceKind;
import java.util.Map;

/**
 * Compute Engine instances as virtual machines (cloud.google.com/compute/docs).
 *
 * <p>Size from the machine type ({@link MachineTypes}). A public IP exists when a network interface
 * has an {@code accessConfigs} entry (an external IPv4, ephemeral or static) or an
 * {@code ipv6AccessConfigs} entry (an external IPv6); without them the instance has internal
 * addresses only. Boot disks are always encrypted at rest, with the Cloud KMS key of
 * {@code bootDisk.kmsKeySelfLink} when set; attached disks state their own encryption.
 */
final class ComputeFacts {
    private static final String ROLE = ResourceKind.VIRTUAL_MACHINE.role();

    private ComputeFacts() {}

    static void register(Rules rules) {
        rules.onInPlan("gcp:compute/instance:Instance", ROLE, ComputeFacts::instance)
                .on("gcp:compute/instanceTemplate:InstanceTemplate", GcpFacts.MACHINE_IMAGE, r -> props())
                .on("gcp:compute/regionInstanceTemplate:RegionInstanceTemplate", GcpFacts.MACHINE_IMAGE, r -> props())
                .on("gcp:compute/image:Image", GcpFacts.MACHINE_IMAGE, r -> props())
                .on("gcp:compute/instanceGroup:InstanceGroup", GcpFacts.INSTANCE_GROUP, r -> props())
                .on("gcp:compute/instanceGroupManager:InstanceGroupManager", GcpFacts.INSTANCE_GROUP, r -> props())
                .on("gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager", GcpFacts.INSTANCE_GROUP, r -> props())
                .on("gcp:compute/projectMetadata:ProjectMetadata", GcpFacts.SSH_KEY, r -> props())
                .on("gcp:compute/instanceIAMMember:InstanceIAMMember", GcpFacts.IDENTITY_BINDING, r -> props());
    }

    static Rules.Props instance(PlannedResource r, Plan plan) {
        Rules.Props p = props();
        MachineTypes.of(Gcp.str(r, "machineType")).ifPresent(size -> p
                .put(Property.VCPU, size.vcpu())
                .put(Property.MEMORY_GIB, size.memoryGiB() == Math.rint(size.memoryGiB()) ? (Object) (int) size.memoryGiB() : (Object) size.memoryGiB()));
        boolean publicIp = false;
        for (Map<String, Object> nic : Gcp.maps(r, "networkInterfaces")) {
            publicIp |= !Gcp.maps(nic, "accessConfigs").isEmpty() || !Gcp.maps(nic, "ipv6AccessConfigs").isEmpty();
        }
        String kms = Gcp.str(r, "bootDisk.kmsKeySelfLink");
        boolean csek = Gcp.at(r, "bootDisk.diskEncryptionKeyRaw") != null || Gcp.at(r, "bootDisk.diskEncryptionKeyRsa") != null;
        return p.put(Property.PUBLIC_IP, publicIp)
                .put(Property.ENCRYPTED_AT_REST, true)
                .put(Property.KEY_CUSTODY, csek ? KeyCustody.CUSTOMER.wire() : KeyFacts.custody(plan, kms))
                .put(Property.LOCATION, Gcp.region(Gcp.str(r, "zone")));
    }
}
