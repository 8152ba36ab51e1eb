package dev.pont.providers.s3ns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.plan.Plan;
import dev.pont.core.spec.OsImage;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.Size;
import dev.pont.core.spec.VirtualMachineSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComputeTest {
    static final Plan PLAN = ProviderTest.PLAN;

    @Test
    void aVmIsShieldedUsesOsLoginAndHasNoExternalAddress() {
        Map<String, Object> vm = Stacks.named(PLAN, "admin-bastion-vm").inputs();
        assertThat(vm).containsEntry("machineType", "n2-standard-2")
                .containsEntry("zone", "u-france-east1-a")
                .containsEntry("shieldedInstanceConfig", Map.of("enableSecureBoot", true, "enableVtpm", true, "enableIntegrityMonitoring", true))
                .containsEntry("metadata", Map.of("enable-oslogin", "TRUE", "block-project-ssh-keys", "TRUE"))
                .containsEntry("networkInterfaces", List.of(Map.of("subnetwork",
                        "projects/s3ns:pont-test-project/regions/u-france-east1/subnetworks/demo-core-admin")))
                .containsEntry("attachedDisks", List.of(Map.of("deviceName", "admin-data", "mode", "READ_WRITE",
                        "source", "projects/s3ns:pont-test-project/zones/u-france-east1-a/disks/demo-admin-data")))
                .doesNotContainKey("serviceAccount");
        assertThat(vm.get("bootDisk")).isEqualTo(Map.of("autoDelete", true, "initializeParams", Map.of(
                "image", "projects/ubuntu-os-cloud/global/images/family/ubuntu-2404-lts-amd64", "size", 30L, "type", "pd-balanced")));
        assertThat(Stacks.reasons(PLAN, "admin-bastion")).singleElement().asString()
                .startsWith("administrators log in through OS Login (IAM identities)");
    }

    static Plan vm(VirtualMachineSpec spec, Map<String, String> config) {
        return Stacks.preview(Stacks.stack(p -> {
            Stacks.network(p);
            p.keyVault("kv", dev.pont.core.spec.KeyVaultSpec.withKeys(dev.pont.core.spec.KeySpec.rsa("cmk", 2048, 90),
                    dev.pont.core.spec.KeySpec.ec("sig", 256, 0)));
            p.virtualMachine("vm", spec);
        }), config);
    }

    @Test
    void aPublicIpIsAnEphemeralAccessConfigOnlyWhenAskedAndTheBootDiskTakesTheKey() {
        Plan plan = vm(VirtualMachineSpec.of(Size.of(4, 16), OsImage.debian("12"), Refs.subnet("core", "admin")).publicIp(true)
                .diskEncryptedWith(Refs.key("kv", "cmk")), Map.of());
        Map<String, Object> vm = Stacks.named(plan, "vm-vm").inputs();
        assertThat(vm.get("networkInterfaces")).isEqualTo(List.of(Map.of("accessConfigs", List.of(Map.of()),
                "subnetwork", "projects/s3ns:pont-test-project/regions/u-france-east1/subnetworks/demo-core-admin")));
        assertThat(((Map<?, ?>) vm.get("bootDisk")).get("kmsKeySelfLink")).isEqualTo(
                "projects/s3ns:pont-test-project/locations/u-france-east1/keyRings/demo-kv/cryptoKeys/cmk");
    }

    @Test
    void anImagePinnedInConfigWinsOverTheCatalogAndIsShown() {
        Plan plan = vm(VirtualMachineSpec.of(Size.of(2, 8), OsImage.debian("12"), Refs.subnet("core", "admin")),
                Map.of("pont:s3nsImage.debian-12", "projects/my-images/global/images/debian-12-hardened"));
        assertThat(((Map<?, ?>) ((Map<?, ?>) Stacks.named(plan, "vm-vm").inputs().get("bootDisk")).get("initializeParams")).get("image"))
                .isEqualTo("projects/my-images/global/images/debian-12-hardened");
        assertThat(plan.choices()).anySatisfy(c -> assertThat(c.note()).isEqualTo("pinned by config pont:s3nsImage.debian-12"));
    }

    @Test
    void aSigningKeyCannotEncryptADisk() {
        assertThatThrownBy(() -> vm(VirtualMachineSpec.of(Size.of(2, 8), OsImage.debian("12"), Refs.subnet("core", "admin"))
                .diskEncryptedWith(Refs.key("kv", "sig")), Map.of())).isInstanceOf(PontException.class)
                .hasMessage("target s3ns, virtual-machine 'vm': key kv/sig is an EC signing key in Cloud KMS and cannot encrypt data:"
                        + " use an RSA key (realised as a symmetric key) as the customer-managed key");
    }

    @Test
    void aKubernetesClusterIsAPrivateAutopilotClusterInTheStackSubnet() {
        Map<String, Object> cluster = Stacks.named(PLAN, "analysis-cluster").inputs();
        assertThat(cluster).containsEntry("enableAutopilot", true)
                .containsEntry("location", "u-france-east1")
                .containsEntry("minMasterVersion", "1.30")
                .containsEntry("subnetwork", "projects/s3ns:pont-test-project/regions/u-france-east1/subnetworks/demo-core-compute")
                .containsEntry("privateClusterConfig", Map.of("enablePrivateNodes", true, "enablePrivateEndpoint", true))
                .containsEntry("masterAuthorizedNetworksConfig", Map.of("gcpPublicCidrsAccessEnabled", false,
                        "cidrBlocks", List.of(Map.of("cidrBlock", "203.0.113.0/24", "displayName", "pont-admin"))))
                .containsEntry("releaseChannel", Map.of("channel", "REGULAR"))
                .doesNotContainKey("nodePool").doesNotContainKey("nodeConfig");
        assertThat(Stacks.ofType(PLAN, "gcp:container/nodePool:NodePool")).isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> ranges = (Map<String, Object>) cluster.get("ipAllocationPolicy");
        assertThat(Stacks.named(PLAN, "analysis-internal-out").inputs())
                .containsEntry("direction", "EGRESS")
                .containsEntry("sourceRanges", List.of("10.20.2.0/23", ranges.get("clusterIpv4CidrBlock")))
                .containsEntry("destinationRanges", List.of("10.20.2.0/23", ranges.get("clusterIpv4CidrBlock"), ranges.get("servicesIpv4CidrBlock")));
    }

    @Test
    void nodePoolsAndApiEgressAreDeclared() {
        assertThat(Stacks.reasons(PLAN, "analysis")).satisfiesExactly(
                r -> assertThat(r).startsWith("node pools [system 4 vCPU / 16 GiB x2-2, analysis 8 vCPU / 64 GiB x0-10] are not realised:"
                        + " S3NS offers GKE in Autopilot mode only"),
                r -> assertThat(r).startsWith("Autopilot nodes need egress to the s3nsapis.fr APIs"));
    }

    @Test
    void reservedRangesStayOutsideTheNetworkAndApart() {
        Ranges ranges = new Ranges(dev.pont.core.spec.Cidr.parse("10.0.0.0/16"));
        assertThat(ranges.reserve(17)).hasValue(dev.pont.core.spec.Cidr.parse("10.1.0.0/17"));
        assertThat(ranges.reserve(22)).hasValue(dev.pont.core.spec.Cidr.parse("10.1.128.0/22"));
        assertThat(ranges.reserve(20)).hasValue(dev.pont.core.spec.Cidr.parse("10.1.144.0/20"));
        assertThat(new Ranges(dev.pont.core.spec.Cidr.parse("10.0.0.0/8")).reserve(24)).isEmpty();
    }
}
