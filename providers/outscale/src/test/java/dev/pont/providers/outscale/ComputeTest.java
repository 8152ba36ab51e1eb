package dev.pont.providers.outscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.plan.Grade;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.BlockVolumeSpec;
import dev.pont.core.spec.OsImage;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.Size;
import dev.pont.core.spec.VirtualMachineSpec;
import dev.pont.core.spec.VolumeClass;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComputeTest {

    static Plan vmWithVolume() {
        return Stacks.preview(Stacks.stack(p -> {
            Stacks.network(p);
            p.blockVolume("data", BlockVolumeSpec.of(100, VolumeClass.PERFORMANCE_SSD));
            p.blockVolume("logs", BlockVolumeSpec.of(20, VolumeClass.STANDARD_HDD));
            p.virtualMachine("bastion", VirtualMachineSpec.of(Size.of(2, 8), OsImage.ubuntu("24.04"), Refs.subnet("core", "admin"))
                    .volumes("data", "logs"));
        }));
    }

    @Test
    void vmTypeOmiKeypairSubnetGroupAndNoPublicIp() {
        Plan plan = vmWithVolume();
        PlannedResource vm = Stacks.named(plan, "bastion-vm");
        assertThat(vm.inputs()).containsEntry("vmType", "tinav7.c2r8p2").containsEntry("imageId", "ami-0ub2404")
                .containsEntry("keypairName", "demo-bastion").containsEntry("placementSubregionName", "cloudgouv-eu-west-1a")
                .containsEntry("blockDeviceMappings", List.of(Map.of("deviceName", "/dev/sda1",
                        "bsu", Map.of("volumeSize", 30L, "volumeType", "gp2", "deleteOnVmDeletion", true))));
        assertThat(vm.dependencies()).contains(Stacks.named(plan, "core-admin-sg").urn(), Stacks.named(plan, "core-admin").urn());
        assertThat(plan.resources()).noneMatch(r -> r.type().startsWith("outscale:index/publicIp"));
        String keypair = (String) Stacks.named(plan, "bastion-keypair").inputs().get("publicKey");
        assertThat(new String(Base64.getDecoder().decode(keypair), StandardCharsets.UTF_8)).isEqualTo(Stacks.SSH_KEY);
        String userData = new String(Base64.getDecoder().decode((String) vm.inputs().get("userData")), StandardCharsets.UTF_8);
        assertThat(userData).startsWith("#cloud-config\n").contains("  - name: ops\n", Stacks.SSH_KEY, "ssh_pwauth: false", "disable_root: true");
    }

    @Test
    void volumesAreAttachedInOrderAndIo1GetsIops() {
        Plan plan = vmWithVolume();
        assertThat(Stacks.named(plan, "data-volume").inputs()).containsEntry("volumeType", "io1").containsEntry("iops", 13000L)
                .containsEntry("size", 100L).containsEntry("subregionName", "cloudgouv-eu-west-1a");
        assertThat(Stacks.named(plan, "logs-volume").inputs()).containsEntry("volumeType", "standard").doesNotContainKey("iops");
        assertThat(Stacks.named(plan, "bastion-attach-data").inputs()).containsEntry("deviceName", "/dev/xvdb");
        assertThat(Stacks.named(plan, "bastion-attach-logs").inputs()).containsEntry("deviceName", "/dev/xvdc");
        assertThat(OutscaleAdapter.iops(10)).isEqualTo(3000);
    }

    @Test
    void bsuEncryptionIsADeclaredDeviation() {
        Plan plan = vmWithVolume();
        assertThat(plan.deviations()).filteredOn(d -> d.resource().equals("bastion")).singleElement().satisfies(d -> {
            assertThat(d.grade()).isEqualTo(Grade.DEGRADED);
            assertThat(d.reasons()).singleElement().asString().contains("encryption at rest of the OS disk cannot be requested");
        });
        assertThat(Stacks.reasons(plan, "data")).singleElement().asString().contains("whether BSU encrypts at rest by default is unverified");
    }

    @Test
    void theOmiIdIsPinnedInConfigAndShownUnsetOffline() {
        Plan plan = Stacks.preview(Stacks.stack(p -> {
            Stacks.network(p);
            p.virtualMachine("vm", VirtualMachineSpec.of(Size.of(1, 2), OsImage.ubuntu("24.04"), Refs.subnet("core", "admin")));
        }), Map.of("pont:outscaleImageId.ubuntu-24.04", ""));
        assertThat(plan.resources()).filteredOn(r -> r.type().equals("outscale:index/vm:Vm")).singleElement()
                .satisfies(r -> assertThat(r.inputs()).containsEntry("imageId", "<unset: pont:outscaleImageId.ubuntu-24.04>"));
        assertThat(plan.warnings()).anySatisfy(w -> assertThat(w).isEqualTo("target outscale: config value"
                + " pont:outscaleImageId.ubuntu-24.04 (OMI id of ubuntu-24.04 in cloudgouv-eu-west-1: ReadImages with image_names"
                + " 'Ubuntu-24.04-*' and account_aliases 'Outscale') is not set; the preview shows <unset: pont:outscaleImageId.ubuntu-24.04>:"
                + " set it with `pulumi config set pont:outscaleImageId.ubuntu-24.04 <value>` before `pulumi up`"));
    }

    @Test
    void anOsTheCatalogLacksIsAOneLineError() {
        assertThatThrownBy(() -> Stacks.preview(Stacks.stack(p -> {
            Stacks.network(p);
            p.virtualMachine("vm", VirtualMachineSpec.of(Size.of(1, 2), new OsImage("rocky", "9"), Refs.subnet("core", "admin")));
        }))).isInstanceOf(PontException.class)
                .hasMessage("target outscale, virtual-machine 'vm': no outscale image for rocky-9: use one of [debian-12, ubuntu-22.04, ubuntu-24.04]");
    }

    @Test
    void theSshKeyComesFromConfig() {
        assertThatThrownBy(() -> Stacks.preview(Stacks.stack(p -> {
            Stacks.network(p);
            p.virtualMachine("vm", VirtualMachineSpec.of(Size.of(1, 2), OsImage.ubuntu("24.04"), Refs.subnet("core", "admin")));
        }), Map.of("pont:adminSshPublicKey", ""))).isInstanceOf(PontException.class)
                .hasMessageContaining("missing config value pont:adminSshPublicKey");
    }
}
