package dev.pont.providers.ovhcloud;

import static dev.pont.providers.ovhcloud.Previews.ofType;
import static dev.pont.providers.ovhcloud.Previews.one;
import static dev.pont.providers.ovhcloud.Previews.preview;
import static dev.pont.providers.ovhcloud.Previews.reasons;
import static dev.pont.providers.ovhcloud.Previews.stack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.BlockVolumeSpec;
import dev.pont.core.spec.Jurisdiction;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.OsImage;
import dev.pont.core.spec.Placement;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.Size;
import dev.pont.core.spec.VirtualMachineSpec;
import dev.pont.core.spec.VolumeClass;
import dev.pont.providers.ovhcloud.bindings.openstack.FloatingIp;
import dev.pont.providers.ovhcloud.bindings.openstack.FloatingIpAssociate;
import dev.pont.providers.ovhcloud.bindings.openstack.Instance;
import dev.pont.providers.ovhcloud.bindings.openstack.Port;
import dev.pont.providers.ovhcloud.bindings.openstack.SecGroup;
import dev.pont.providers.ovhcloud.bindings.openstack.VolumeAttach;
import dev.pont.providers.ovhcloud.bindings.ovh.Gateway;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComputeTest {
    static final VirtualMachineSpec BASTION = VirtualMachineSpec.of(Size.of(2, 8), OsImage.ubuntu("24.04"), Refs.subnet("core", "admin"));

    @Test
    void anInstanceIsPrivateBootsFromAnEncryptedVolumeAndGetsItsSubnetsGroup() {
        Plan plan = preview(stack(p -> {
            Previews.network(p);
            p.virtualMachine("bastion", BASTION.osDiskGiB(40));
        }));
        PlannedResource instance = one(plan, Instance.TYPE, "bastion");
        assertThat(instance.inputs()).containsEntry("flavorName", "b3-8").containsEntry("region", "GRA11").containsEntry("name", "demo-bastion")
                .doesNotContainKey("availabilityZone").doesNotContainKey("imageName").doesNotContainKey("adminPass");
        @SuppressWarnings("unchecked")
        var bootDisk = (Map<String, Object>) ((List<?>) instance.inputs().get("blockDevices")).get(0);
        assertThat(((List<?>) instance.inputs().get("blockDevices"))).hasSize(1);
        assertThat(bootDisk)
                .containsEntry("sourceType", "image").containsEntry("destinationType", "volume").containsEntry("volumeSize", 40L)
                .containsEntry("volumeType", "classic-luks").containsEntry("bootIndex", 0L).containsEntry("deleteOnTermination", true)
                .containsKey("uuid");
        assertThat((String) instance.inputs().get("userData"))
                .startsWith("#cloud-config\n").contains("- name: ops").contains(Previews.SSH_KEY).contains("ssh_pwauth: false").contains("disable_root: true");

        PlannedResource port = one(plan, Port.TYPE, "bastion-port");
        PlannedResource adminGroup = one(plan, SecGroup.TYPE, "core-admin-sg");
        assertThat(port.dependencies()).contains(adminGroup.urn());
        assertThat(port.inputs().get("securityGroupIds")).asList().hasSize(1);
        assertThat(instance.inputs().get("networks")).asList().singleElement().asString().contains("port=");

        assertThat(ofType(plan, FloatingIp.TYPE)).as("no public IP unless asked").isEmpty();
        assertThat(ofType(plan, Gateway.TYPE)).isEmpty();
        assertThat(plan.deviations()).isEmpty();
        assertThat(plan.choices()).filteredOn(c -> c.resource().equals("bastion")).extracting(c -> c.kind() + "=" + c.chosen())
                .contains("size=b3-8", "image=Ubuntu 24.04", "volume-class=classic-luks", "region=GRA11");
    }

    @Test
    void aPublicIpIsAFloatingIpBehindTheSubnetsGateway() {
        Plan plan = preview(stack(p -> {
            Previews.network(p);
            p.virtualMachine("bastion", BASTION.publicIp(true));
        }));
        assertThat(one(plan, FloatingIp.TYPE, "bastion-public-ip").inputs()).containsEntry("pool", "Ext-Net");
        PlannedResource gateway = one(plan, Gateway.TYPE, "bastion-core-admin-gateway");
        PlannedResource association = one(plan, FloatingIpAssociate.TYPE, "bastion-public-ip-association");
        assertThat(association.dependencies()).contains(gateway.urn(), one(plan, Port.TYPE, "bastion-port").urn());
        assertThat(association.inputs()).containsKeys("floatingIp", "portId");
    }

    @Test
    void volumesAreAttachedAndPinnedToTheSameZoneInParis() {
        Plan plan = preview(stack(Placement.in(Jurisdiction.FR).region("ovhcloud", "EU-WEST-PAR"), p -> {
            Previews.network(p);
            p.blockVolume("data", BlockVolumeSpec.of(100, VolumeClass.BALANCED_SSD));
            p.virtualMachine("bastion", BASTION.volumes("data"));
        }));
        assertThat(one(plan, Instance.TYPE, "bastion").inputs()).containsEntry("availabilityZone", "eu-west-par-a").containsEntry("region", "EU-WEST-PAR");
        PlannedResource attach = one(plan, VolumeAttach.TYPE, "bastion-data-attachment");
        assertThat(attach.inputs()).containsKeys("instanceId", "volumeId");
        assertThat(attach.dependencies()).contains(one(plan, Instance.TYPE, "bastion").urn());
    }

    @Test
    void aCustomerKeyForTheOsDiskIsADeviation() {
        Plan plan = preview(stack(p -> {
            Previews.network(p);
            p.keyVault("keys", KeyVaultSpec.withKeys(KeySpec.rsa("disks", 2048, 0)));
            p.virtualMachine("bastion", BASTION.diskEncryptedWith(Refs.key("keys", "disks")));
        }));
        assertThat(reasons(plan, "bastion")).singleElement().asString().contains("customer-managed key keys/disks is not used");
    }

    @Test
    void theAdminKeyMustBeInStackConfig() {
        var stack = stack(p -> {
            Previews.network(p);
            p.virtualMachine("bastion", BASTION);
        });
        assertThatThrownBy(() -> preview(stack, Previews.configWithout("pont:adminSshPublicKey")))
                .isInstanceOf(PontException.class)
                .hasMessage("target ovhcloud: missing config value pont:adminSshPublicKey (admin SSH public key of virtual machine bastion): "
                        + "set it with `pulumi config set pont:adminSshPublicKey <value>` or in Pulumi.ovhcloud.yaml");
    }

    @Test
    void anOsTheCatalogLacksIsAOneLineError() {
        var stack = stack(p -> {
            Previews.network(p);
            p.virtualMachine("bastion", VirtualMachineSpec.of(Size.of(2, 8), new OsImage("rocky", "9"), Refs.subnet("core", "admin")));
        });
        assertThatThrownBy(() -> preview(stack))
                .isInstanceOf(PontException.class)
                .hasMessage("target ovhcloud, virtual-machine 'bastion': no ovhcloud image for rocky-9: use one of [debian-12, debian-13, ubuntu-22.04, ubuntu-24.04]");
    }

    @Test
    void aSizeNoFlavourCanHoldIsAOneLineError() {
        var stack = stack(p -> {
            Previews.network(p);
            p.virtualMachine("big", VirtualMachineSpec.of(Size.of(200, 800), OsImage.ubuntu("24.04"), Refs.subnet("core", "admin")));
        });
        assertThatThrownBy(() -> preview(stack))
                .isInstanceOf(PontException.class)
                .hasMessageStartingWith("target ovhcloud, virtual-machine 'big': no ovhcloud size has 200 vCPU / 800 GiB or more")
                .hasMessageEndingWith("ask for a smaller size")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void userDataRefusesAKeyThatWouldBreakIt() {
        assertThatThrownBy(() -> CloudInit.adminUser("ops", "ssh-ed25519 AAAA'\nrunners: evil"))
                .isInstanceOf(PontException.class).hasMessageContaining("must be one line without quotes");
        assertThat(CloudInit.adminUser("ops", "ssh-ed25519 AAAA ops@x\n")).contains("- 'ssh-ed25519 AAAA ops@x'");
        assertThat(List.of(CloudInit.adminUser("ops", "k").split("\n"))).contains("users:", "  - name: ops");
    }
}
