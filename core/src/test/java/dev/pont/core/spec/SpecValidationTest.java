package dev.pont.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.spec.FirewallRule.Endpoint;
import dev.pont.core.spec.FirewallRule.PortRange;
import dev.pont.core.spec.FirewallRule.Protocol;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every validation rule of the specs, each shown firing with its message. */
class SpecValidationTest {

    static Arguments rule(String message, ThrowingCallable build) {
        return Arguments.of(message, build);
    }

    static final Size S = Size.of(2, 8);
    static final Refs.SubnetRef SUBNET = Refs.subnet("core", "data");

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("invalid CIDR '10.0.0.0': expected a.b.c.d/prefix", () -> Cidr.parse("10.0.0.0")),
                rule("invalid CIDR '10.0.0/16': expected four dotted octets", () -> Cidr.parse("10.0.0/16")),
                rule("invalid CIDR '10.0.300.0/16': 300 is out of range 0-255", () -> Cidr.parse("10.0.300.0/16")),
                rule("invalid CIDR '10.0.0.0/33': 33 is out of range 0-32", () -> Cidr.parse("10.0.0.0/33")),
                rule("invalid CIDR '10.0.x.0/16': 'x' is not a number", () -> Cidr.parse("10.0.x.0/16")),
                rule("CIDR 10.0.0.1/16 has host bits set: use 10.0.0.0/16", () -> Cidr.parse("10.0.0.1/16")),
                rule("size vcpu must be between 1 and 416, was 0", () -> Size.of(0, 4)),
                rule("size memoryGiB must be between 1 and 12288, was 0", () -> Size.of(2, 0)),
                rule("unknown OS family 'windows'", () -> new OsImage("windows", "2022")),
                rule("OS version 'latest' must look like 24.04 or 12", () -> OsImage.ubuntu("latest")),
                rule("key name 'k' is not a valid name: use 2-40 lower-case letters", () -> KeySpec.rsa("k", 3072, 365)),
                rule("label key 'Data Class' is invalid", () -> Labels.of("Data Class", "health")),
                rule("label 'data-class' has an invalid value 'health<script>'", () -> Labels.of("data-class", "health<script>")),
                rule("unknown jurisdiction 'US': use FR or EU", () -> Jurisdiction.of("US")),
                rule("a private exposure cannot allow 0.0.0.0/0", () -> new Exposure(false, null, List.of(Cidr.ANY))),
                rule("object store retentionDays must be between 0 and 36500, was -1", () -> ObjectStoreSpec.privateStore().retention(-1, false)),
                rule("object store retention is locked but retentionDays is 0", () -> ObjectStoreSpec.privateStore().retention(0, true)),
                rule("object store retention needs versioning", () -> ObjectStoreSpec.privateStore().versioned(false).retention(30, false)),
                rule("block volume sizeGiB must be between 1 and 65536, was 0", () -> BlockVolumeSpec.of(0, VolumeClass.BALANCED_SSD)),
                rule("unknown volume class 'nvme'", () -> VolumeClass.of("nvme")),
                rule("PostgreSQL version '9.6' is not supported", () -> DatabaseSpec.postgres("9.6", S, 64)),
                rule("database storageGiB must be between 20 and 16384, was 10", () -> DatabaseSpec.postgres("16", S, 10)),
                rule("database backupRetentionDays must be between 1 and 35, was 90", () -> DatabaseSpec.postgres("16", S, 64).backupRetentionDays(90)),
                rule("network addressSpace 10.0.0.0/30 must have a prefix between /8 and /28", () -> NetworkSpec.of("10.0.0.0/30", SubnetSpec.of("aa", "10.0.0.0/30"))),
                rule("network 10.0.0.0/16 has no subnet", () -> NetworkSpec.of("10.0.0.0/16")),
                rule("subnet name 'data' is used twice", () -> NetworkSpec.of("10.0.0.0/16", SubnetSpec.of("data", "10.0.1.0/24"), SubnetSpec.of("data", "10.0.2.0/24"))),
                rule("subnet 'data' 10.1.1.0/24 is outside the network address space 10.0.0.0/16", () -> NetworkSpec.of("10.0.0.0/16", SubnetSpec.of("data", "10.1.1.0/24"))),
                rule("subnet 'tiny' 10.0.0.0/30 is too small: use /29 or larger", () -> NetworkSpec.of("10.0.0.0/16", SubnetSpec.of("tiny", "10.0.0.0/30"))),
                rule("subnets 'aa' 10.0.0.0/23 and 'bb' 10.0.1.0/24 overlap", () -> NetworkSpec.of("10.0.0.0/16", SubnetSpec.of("aa", "10.0.0.0/23"), SubnetSpec.of("bb", "10.0.1.0/24"))),
                rule("subnet name 'Data' is not a valid name", () -> SubnetSpec.of("Data", "10.0.1.0/24")),
                rule("port must be between 1 and 65535, was 70000", () -> PortRange.of(70000)),
                rule("port range 443-80 is reversed: write 80-443", () -> PortRange.of(443, 80)),
                rule("a firewall endpoint is either a CIDR or a subnet, not both", () -> new Endpoint(Cidr.ANY, SUBNET)),
                rule("firewall rule 'ping': protocol icmp takes no ports", () -> FirewallRule.allowIn("ping", Protocol.ICMP, PortRange.of(1), null, null)),
                rule("firewall rule 'web': protocol tcp needs a port or range", () -> FirewallRule.allowIn("web", Protocol.TCP, null, null, null)),
                rule("firewall rule name 'web' is used twice", () -> FirewallSpec.forNetwork("core",
                        FirewallRule.allowIn("web", Protocol.TCP, PortRange.of(443), null, null),
                        FirewallRule.allowIn("web", Protocol.TCP, PortRange.of(80), null, null))),
                rule("firewall rule 'web' refers to subnet other/data outside its network 'core'", () -> FirewallSpec.forNetwork("core",
                        FirewallRule.allowIn("web", Protocol.TCP, PortRange.of(443), Endpoint.subnet("other", "data"), null))),
                rule("key 'kk': rsa size 1024 is not supported: use one of [2048, 3072, 4096]", () -> KeySpec.rsa("kk", 1024, 365)),
                rule("key 'kk': ec size 3072 is not supported", () -> KeySpec.ec("kk", 3072, 365)),
                rule("key 'kk' rotationDays must be between 0 and 3650, was 5000", () -> KeySpec.rsa("kk", 3072, 5000)),
                rule("key name 'kk' is used twice in one key vault", () -> KeyVaultSpec.withKeys(KeySpec.rsa("kk", 3072, 365), KeySpec.ec("kk", 256, 365))),
                rule("key vault softDeleteDays must be between 7 and 90, was 3", () -> new KeyVaultSpec(List.of(), 3, null, null)),
                rule("secret configKey 'not a key' is invalid", () -> SecretSpec.inVault("keys", "not a key", 0)),
                rule("virtual machine osDiskGiB must be between 10 and 4096, was 5", () -> VirtualMachineSpec.of(S, OsImage.ubuntu("24.04"), SUBNET).osDiskGiB(5)),
                rule("virtual machine adminUser 'root' is invalid", () -> new VirtualMachineSpec(S, OsImage.ubuntu("24.04"), SUBNET, 30, List.of(), false, "root", "pont:key", null, null)),
                rule("virtual machine sshKeyConfig is required", () -> new VirtualMachineSpec(S, OsImage.ubuntu("24.04"), SUBNET, 30, List.of(), false, "ops", " ", null, null)),
                rule("node pool name 'system-pool' is invalid", () -> NodePoolSpec.of("system-pool", S, 1, 3)),
                rule("node pool 'sys': minNodes 5 is above maxNodes 3", () -> NodePoolSpec.of("sys", S, 5, 3)),
                rule("Kubernetes version 'latest' must be a minor version such as 1.30", () -> KubernetesClusterSpec.of("latest", SUBNET, NodePoolSpec.of("sys", S, 1, 3))),
                rule("Kubernetes API is public but adminCidrs is empty", () -> KubernetesClusterSpec.of("1.30", SUBNET, NodePoolSpec.of("sys", S, 1, 3)).privateApi(false)),
                rule("Kubernetes adminCidrs cannot contain 0.0.0.0/0", () -> KubernetesClusterSpec.of("1.30", SUBNET, NodePoolSpec.of("sys", S, 1, 3)).adminCidrs(Cidr.ANY)),
                rule("Kubernetes cluster has no node pool", () -> KubernetesClusterSpec.of("1.30", SUBNET)),
                rule("node pool name 'sys' is used twice", () -> KubernetesClusterSpec.of("1.30", SUBNET, NodePoolSpec.of("sys", S, 1, 3), NodePoolSpec.of("sys", S, 1, 3))),
                rule("system node pool 'sys' needs minNodes >= 1", () -> KubernetesClusterSpec.of("1.30", SUBNET, NodePoolSpec.of("sys", S, 0, 3))),
                rule("two grants on 'datasets': keep the single, least access needed", () -> ServiceIdentitySpec.granting(Grant.read("datasets"), Grant.write("datasets"))),
                rule("audit log retentionDays must be between 1 and 3650, was 0", () -> AuditLogSpec.everything(0)),
                rule("audit log logs nothing", () -> new AuditLogSpec(365, Set.of(), null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleFiresWithItsMessage(String message, ThrowingCallable build) {
        assertThatThrownBy(build).isInstanceOf(PontException.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(((PontException) e).exitCode()).isEqualTo(2));
    }

    @Test
    void defaultsAreSecure() {
        ObjectStoreSpec store = ObjectStoreSpec.privateStore();
        assertThat(store.versioned()).isTrue();
        assertThat(store.exposure().publicEndpoint()).isFalse();
        assertThat(store.exposure().openToInternet()).isFalse();
        VirtualMachineSpec vm = VirtualMachineSpec.of(S, OsImage.ubuntu("24.04"), SUBNET);
        assertThat(vm.publicIp()).isFalse();
        assertThat(KubernetesClusterSpec.of("1.30", SUBNET, NodePoolSpec.of("sys", S, 1, 3)).privateApi()).isTrue();
        assertThat(KeyVaultSpec.withKeys().softDeleteDays()).isEqualTo(90);
        assertThat(DatabaseSpec.postgres("16", S, 64).exposure().publicEndpoint()).isFalse();
        assertThat(AuditLogSpec.everything(365).categories()).isEqualTo(EnumSet.allOf(AuditLogSpec.Category.class));
    }

    @Test
    void cidrArithmetic() {
        Cidr net = Cidr.parse("10.20.0.0/16");
        assertThat(net.contains(Cidr.parse("10.20.4.0/24"))).isTrue();
        assertThat(net.contains(Cidr.parse("10.21.0.0/24"))).isFalse();
        assertThat(Cidr.parse("10.20.0.0/23").overlaps(Cidr.parse("10.20.1.0/24"))).isTrue();
        assertThat(Cidr.parse("10.20.0.0/24").overlaps(Cidr.parse("10.20.1.0/24"))).isFalse();
        assertThat(net.host(1)).isEqualTo("10.20.0.1");
        assertThat(Cidr.ANY.isAny()).isTrue();
        assertThat(net.toString()).isEqualTo("10.20.0.0/16");
    }

    @Test
    void labelsAreSortedAndMerged() {
        Labels labels = Labels.of(Map.of("b", "2", "a", "1")).merge(Labels.dataClass("health"));
        assertThat(labels.asMap()).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"), Map.entry("data-class", "health"));
    }

    @Test
    void publicExposureWithoutFilterIsOpenToTheInternet() {
        assertThat(Exposure.publicFrom(List.of()).openToInternet()).isTrue();
        assertThat(Exposure.publicFrom(List.of(Cidr.parse("192.0.2.0/24"))).openToInternet()).isFalse();
    }
}
