package dev.pont.providers.outscale;

import com.pulumi.core.Output;
import dev.pont.core.adapter.Adapter;
import dev.pont.core.adapter.DataPlaneEndpoint;
import dev.pont.core.adapter.DataPlaneEndpoints;
import dev.pont.core.adapter.PreviewOutputs;
import dev.pont.core.adapter.Realised;
import dev.pont.core.adapter.Scope;
import dev.pont.core.adapter.Session;
import dev.pont.core.adapter.TargetInfo;
import dev.pont.core.catalog.Catalog;
import dev.pont.core.facts.Property;
import dev.pont.core.platform.Declaration;
import dev.pont.core.spec.AuditLogSpec;
import dev.pont.core.spec.BlockVolumeSpec;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.FirewallSpec;
import dev.pont.core.spec.Grant;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.KubernetesClusterSpec;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.NodePoolSpec;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.OsImage;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.ResourceKind;
import dev.pont.core.spec.SecretSpec;
import dev.pont.core.spec.ServiceIdentitySpec;
import dev.pont.core.spec.SubnetSpec;
import dev.pont.core.spec.VirtualMachineSpec;
import dev.pont.core.spec.VolumeClass;
import dev.pont.providers.outscale.Handles.BucketHandle;
import dev.pont.providers.outscale.Handles.ClusterHandle;
import dev.pont.providers.outscale.Handles.IdentityHandle;
import dev.pont.providers.outscale.Handles.NetworkHandle;
import dev.pont.providers.outscale.Handles.SubnetHandle;
import dev.pont.providers.outscale.Handles.Unrealised;
import dev.pont.providers.outscale.Handles.VmHandle;
import dev.pont.providers.outscale.Handles.VolumeHandle;
import dev.pont.providers.outscale.bindings.AccessKey;
import dev.pont.providers.outscale.bindings.AccessKeyArgs;
import dev.pont.providers.outscale.bindings.Keypair;
import dev.pont.providers.outscale.bindings.KeypairArgs;
import dev.pont.providers.outscale.bindings.KubernetesPlugin;
import dev.pont.providers.outscale.bindings.KubernetesProvider;
import dev.pont.providers.outscale.bindings.KubernetesProviderArgs;
import dev.pont.providers.outscale.bindings.Net;
import dev.pont.providers.outscale.bindings.NetArgs;
import dev.pont.providers.outscale.bindings.NodePool;
import dev.pont.providers.outscale.bindings.NodePoolArgs;
import dev.pont.providers.outscale.bindings.NodePoolMetadataArgs;
import dev.pont.providers.outscale.bindings.NodePoolSpecArgs;
import dev.pont.providers.outscale.bindings.NodePoolUpgradeStrategyArgs;
import dev.pont.providers.outscale.bindings.OksCluster;
import dev.pont.providers.outscale.bindings.OksClusterArgs;
import dev.pont.providers.outscale.bindings.OksProject;
import dev.pont.providers.outscale.bindings.OksProjectArgs;
import dev.pont.providers.outscale.bindings.OutscalePlugin;
import dev.pont.providers.outscale.bindings.OutscaleProvider;
import dev.pont.providers.outscale.bindings.OutscaleProviderArgs;
import dev.pont.providers.outscale.bindings.Policy;
import dev.pont.providers.outscale.bindings.PolicyArgs;
import dev.pont.providers.outscale.bindings.PublicIp;
import dev.pont.providers.outscale.bindings.PublicIpArgs;
import dev.pont.providers.outscale.bindings.PublicIpLink;
import dev.pont.providers.outscale.bindings.PublicIpLinkArgs;
import dev.pont.providers.outscale.bindings.RouteTable;
import dev.pont.providers.outscale.bindings.RouteTableArgs;
import dev.pont.providers.outscale.bindings.RouteTableLink;
import dev.pont.providers.outscale.bindings.RouteTableLinkArgs;
import dev.pont.providers.outscale.bindings.SecurityGroup;
import dev.pont.providers.outscale.bindings.SecurityGroupArgs;
import dev.pont.providers.outscale.bindings.SecurityGroupRule;
import dev.pont.providers.outscale.bindings.SecurityGroupRuleArgs;
import dev.pont.providers.outscale.bindings.Subnet;
import dev.pont.providers.outscale.bindings.SubnetArgs;
import dev.pont.providers.outscale.bindings.User;
import dev.pont.providers.outscale.bindings.UserArgs;
import dev.pont.providers.outscale.bindings.UserPolicyArgs;
import dev.pont.providers.outscale.bindings.Vm;
import dev.pont.providers.outscale.bindings.VmArgs;
import dev.pont.providers.outscale.bindings.VmBlockDeviceMappingArgs;
import dev.pont.providers.outscale.bindings.VmBlockDeviceMappingBsuArgs;
import dev.pont.providers.outscale.bindings.Volume;
import dev.pont.providers.outscale.bindings.VolumeArgs;
import dev.pont.providers.outscale.bindings.VolumeLink;
import dev.pont.providers.outscale.bindings.VolumeLinkArgs;
import dev.pont.core.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Realises neutral specs on 3DS Outscale (default region {@code cloudgouv-eu-west-1}, the
 * SecNumCloud one): Nets, subnets and per-subnet security groups, VMs and BSU volumes, OKS,
 * EIM, and object storage on OOS through the AWS provider. Outscale has no managed database,
 * KMS, secret manager or audit-log resource: each is a declared fallback or unsupported.
 */
public final class OutscaleAdapter implements Adapter, PreviewOutputs, DataPlaneEndpoints {
    public static final String TARGET = "outscale";

    /** Stack config keys (the {@code pont:} namespace). Credentials never go here: see the README. */
    static final String IMAGE_ID_KEY = "pont:outscaleImageId.";
    static final String OKS_CIDR_KEY = "pont:outscaleOksProjectCidr";
    static final String ACCESS_KEY_EXPIRY_KEY = "pont:outscaleAccessKeyExpiry";
    static final String DB_SSH_KEY = "pont:adminSshPublicKey";

    static final String OKS_DEFAULT_CIDR = "10.50.0.0/18";
    static final String OKS_PODS_CIDR = "10.91.0.0/16";
    static final String OKS_SERVICES_CIDR = "10.92.0.0/16";
    static final String OKS_CONTROL_PLANE = "cp.3.masters.small";
    static final String DB_OS = "debian-12";
    static final String DB_ADMIN_USER = "ops";
    static final int DB_PORT = 5432;

    private static final Catalog CATALOG = Catalog.load(OutscaleAdapter.class, "catalog.json");
    private static final Subregions SUBREGIONS = Subregions.load();
    private static final EimGrants GRANTS = EimGrants.load();

    private final PreviewAnswers previewAnswers = new PreviewAnswers();
    private final Map<String, Egress> egress = new HashMap<>();
    private Session session;
    private String region;
    private List<String> subregions;
    private OutscaleProvider provider;
    private Oos oos;

    public static Catalog catalog() {
        return CATALOG;
    }

    @Override
    public TargetInfo info() {
        return new TargetInfo(TARGET, "3DS Outscale", List.of(
                OutscalePlugin.PACKAGE + " " + OutscalePlugin.VERSION + " (" + OutscalePlugin.DOWNLOAD_URL + ")",
                "aws 6.83.0 (S3 API of OOS)",
                KubernetesPlugin.PACKAGE + " " + KubernetesPlugin.VERSION + " (OKS node pools)"));
    }

    @Override
    public void begin(Session session) {
        this.session = session;
        this.region = CATALOG.region(session.placement());
        this.subregions = SUBREGIONS.of(region);
        this.provider = new OutscaleProvider(TARGET, OutscaleProviderArgs.builder().region(region).build(), null);
    }

    // ---- network ------------------------------------------------------------------------------

    @Override
    public Realised network(Scope scope, NetworkSpec spec) {
        Net net = new Net(scope.child("net"), NetArgs.builder()
                .ipRange(spec.addressSpace().toString())
                .tenancy("default")
                .tags(Tags.of(scope.labels()))
                .build(), scope.options(provider));
        Map<String, SubnetHandle> subnets = new LinkedHashMap<>();
        for (SubnetSpec s : spec.subnets()) {
            subnets.put(s.name(), subnet(scope, net, s));
        }
        NetworkHandle handle = new NetworkHandle(scope.name(), net, spec.addressSpace(), subnets);
        egress.put(scope.name(), new Egress(provider, handle));
        return Realised.of(net.netId(), handle);
    }

    /** A subnet in the primary subregion, its own route table (no route out) and its own deny-all group. */
    private SubnetHandle subnet(Scope scope, Net net, SubnetSpec spec) {
        String subregion = subregions.get(0);
        Subnet subnet = new Subnet(scope.child(spec.name()), SubnetArgs.builder()
                .netId(net.netId())
                .ipRange(spec.cidr().toString())
                .subregionName(subregion)
                .mapPublicIpOnLaunch(false)
                .tags(Tags.of(scope.labels()))
                .build(), scope.options(provider));
        RouteTable table = new RouteTable(scope.child(spec.name() + "-routes"), RouteTableArgs.builder()
                .netId(net.netId()).tags(Tags.of(scope.labels())).build(), scope.options(provider));
        new RouteTableLink(scope.child(spec.name() + "-routes-link"), RouteTableLinkArgs.builder()
                .routeTableId(table.routeTableId()).subnetId(subnet.subnetId()).build(), scope.options(provider));
        SecurityGroup group = new SecurityGroup(scope.child(spec.name() + "-sg"), SecurityGroupArgs.builder()
                .netId(net.netId())
                .securityGroupName(session.stack() + "-" + scope.name() + "-" + spec.name())
                .description("Pont: VMs of subnet " + scope.name() + "/" + spec.name() + ", deny by default")
                .removeDefaultOutboundRule(true)
                .tags(Tags.of(scope.labels()))
                .build(), scope.options(provider));
        return new SubnetHandle(spec.name(), spec.cidr(), subnet, table, group, subregion);
    }

    @Override
    public Realised firewall(Scope scope, FirewallSpec spec) {
        NetworkHandle network = scope.lookup(spec.network(), NetworkHandle.class);
        Map<String, Cidr> cidrs = new LinkedHashMap<>();
        network.subnets().forEach((name, s) -> cidrs.put(name, s.cidr()));
        FirewallRules.Mapping mapping = FirewallRules.map(spec, network.addressSpace(), cidrs);
        if (!mapping.unmatched().isEmpty()) {
            throw scope.error("rules " + mapping.unmatched() + " select no subnet of network '" + spec.network()
                    + "': point them at a subnet or a CIDR inside " + network.addressSpace());
        }
        Map<String, Long> perRule = new HashMap<>();
        mapping.rules().forEach(r -> perRule.merge(r.rule(), 1L, Long::sum));
        List<Output<String>> groups = new ArrayList<>();
        for (FirewallRules.GroupRule rule : mapping.rules()) {
            SubnetHandle subnet = network.subnet(rule.subnet());
            var args = SecurityGroupRuleArgs.builder()
                    .securityGroupId(subnet.group().securityGroupId())
                    .flow(rule.flow())
                    .ipProtocol(rule.ipProtocol())
                    .ipRange(rule.peer().toString());
            if (rule.fromPort() != null) {
                args.fromPortRange(rule.fromPort()).toPortRange(rule.toPort());
            }
            new SecurityGroupRule(scope.child(rule.resourceSuffix(perRule.get(rule.rule()) > 1)), args.build(), scope.options(provider));
        }
        for (String subnet : mapping.needEgress()) {
            egress.get(spec.network()).throughNat(scope, network.subnet(subnet));
        }
        network.subnets().values().forEach(s -> groups.add(s.group().securityGroupId()));
        return Realised.of(Output.all(groups).applyValue(ids -> String.join(",", ids)), network);
    }

    // ---- security: no KMS, no secret manager --------------------------------------------------

    @Override
    public Realised keyVault(Scope scope, KeyVaultSpec spec) {
        String reason = "Outscale has no key management service (no KMS resource in the outscale " + OutscalePlugin.VERSION
                + " provider): keys " + spec.keys().stream().map(k -> k.name()).toList() + " are not created;"
                + " run a self-managed KMS (e.g. OpenBao/Vault transit, HSM-backed where required) on Outscale VMs instead";
        scope.unsupported(reason);
        return Realised.of(null, new Unrealised(reason));
    }

    @Override
    public Realised secret(Scope scope, SecretSpec spec) {
        String reason = "Outscale has no secret manager: the value of " + spec.configKey() + " stays a Pulumi secret in stack config"
                + " and is not stored in a vault (expiry " + spec.expiryDays() + " days not enforced);"
                + " run OpenBao/Vault on Outscale VMs and load it there";
        scope.unsupported(reason);
        return Realised.of(null, new Unrealised(reason));
    }

    // ---- storage --------------------------------------------------------------------------------

    @Override
    public Realised objectStore(Scope scope, ObjectStoreSpec spec) {
        if (spec.encryptionKey() != null) {
            scope.degraded("customer-managed key " + spec.encryptionKey() + " cannot be honoured: OOS encrypts with AES256"
                    + " under a key managed by 3DS Outscale ('aws:kms' is accepted but equals AES256); Outscale has no KMS",
                    Property.KEY_CUSTODY);
        }
        degradeOosExposure(scope, spec.exposure());
        scope.degraded("no TLS minimum can be asked for: the bucket policy refuses plain HTTP, but 3DS Outscale documents no TLS"
                + " version for OOS and whether OOS honours the s3:TlsVersion policy condition is unverified", Property.TLS_MINIMUM);
        BucketHandle bucket = oos().bucket(scope, spec.versioned(), spec.retentionDays(), spec.retentionLocked(),
                spec.exposure(), scope.labels());
        return new Realised(bucket.bucket().id(), oos().url(bucket), bucket);
    }

    private void degradeOosExposure(Scope scope, Exposure exposure) {
        if (!exposure.publicEndpoint()) {
            // A private endpoint is asked only with a subnet.
            Property[] affects = exposure.subnet() == null ? new Property[] {Property.PUBLIC_ENDPOINT}
                    : new Property[] {Property.PUBLIC_ENDPOINT, Property.PRIVATE_ENDPOINT};
            scope.degraded("OOS is reached on its public regional endpoint " + Oos.endpoint(region) + " only (a Net access point"
                    + " for OOS is unverified): the bucket is private by credentials and bucket policy, not by network"
                    + (exposure.subnet() == null ? "" : "; it is not confined to subnet " + exposure.subnet()), affects);
        }
    }

    private Oos oos() {
        if (oos == null) {
            oos = new Oos(region);
        }
        return oos;
    }

    @Override
    public Realised blockVolume(Scope scope, BlockVolumeSpec spec) {
        degradeBsuEncryption(scope, "volume", spec.encryptionKey());
        degradeSingleSubregion(scope, "a BSU volume");
        String type = CATALOG.volumeClass(scope, spec.volumeClass());
        var args = VolumeArgs.builder()
                .subregionName(subregions.get(0))
                .size(spec.sizeGiB())
                .volumeType(type)
                .tags(Tags.of(scope.labels()));
        if (spec.volumeClass() == VolumeClass.PERFORMANCE_SSD) {
            args.iops(iops(spec.sizeGiB()));
        }
        Volume volume = new Volume(scope.child("volume"), args.build(), scope.options(provider));
        return Realised.of(volume.volumeId(), new VolumeHandle(volume, subregions.get(0)));
    }

    /** io1 needs IOPS: the most the volume allows (300 per GiB, at most 13000). */
    static int iops(int sizeGiB) {
        return Math.min(300 * sizeGiB, 13000);
    }

    private void degradeBsuEncryption(Scope scope, String what, Refs.KeyRef key) {
        scope.degraded("encryption at rest of the " + what + " cannot be requested: the outscale provider has no encryption"
                + " input for BSU volumes, and whether BSU encrypts at rest by default is unverified", Property.ENCRYPTED_AT_REST);
        if (key != null) {
            scope.degraded("customer-managed key " + key + " cannot be honoured: Outscale has no KMS", Property.KEY_CUSTODY);
        }
    }

    private void degradeSingleSubregion(Scope scope, String what) {
        if (session.placement().zoneRedundant()) {
            scope.degraded("zone redundancy not realised for " + what + ": it stays in subregion " + subregions.get(0)
                    + " and does not survive the loss of that zone; snapshot it to another subregion yourself", Property.ZONE_REDUNDANT);
        }
    }

    // ---- compute --------------------------------------------------------------------------------

    @Override
    public Realised virtualMachine(Scope scope, VirtualMachineSpec spec) {
        NetworkHandle network = scope.lookup(spec.subnet().network(), NetworkHandle.class);
        SubnetHandle subnet = network.subnet(spec.subnet().subnet());
        degradeBsuEncryption(scope, "OS disk", spec.diskEncryptionKey());
        String vmType = CATALOG.size(scope, spec.size());
        String imageId = imageId(scope, spec.image());
        String sshKey = session.config().require(TARGET, spec.sshKeyConfig(), "SSH public key of the admin user of " + scope.name());
        Keypair keypair = keypair(scope, sshKey);
        Vm vm = new Vm(scope.child("vm"), VmArgs.builder()
                .imageId(imageId)
                .vmType(vmType)
                .keypairName(keypair.keypairName())
                .subnetId(subnet.subnet().subnetId())
                .placementSubregionName(subnet.subregion())
                .securityGroupIds(subnet.group().securityGroupId().applyValue(List::of))
                .blockDeviceMappings(rootDisk(scope, spec.osDiskGiB()))
                .userData(CloudInit.adminUser(spec.adminUser(), sshKey))
                .tags(Tags.of(scope.labels()))
                .build(), scope.options(provider));
        attach(scope, vm, subnet.subregion(), spec.volumes());
        if (spec.publicIp()) {
            egress.get(network.name()).direct(scope, subnet);
            PublicIp ip = new PublicIp(scope.child("public-ip"), PublicIpArgs.builder().tags(Tags.of(scope.labels())).build(),
                    scope.options(provider));
            new PublicIpLink(scope.child("public-ip-link"), PublicIpLinkArgs.builder()
                    .publicIpId(ip.publicIpId()).vmId(vm.vmId()).build(), scope.options(provider));
        }
        return new Realised(vm.vmId(), vm.privateIp(), new VmHandle(vm));
    }

    /** The OMI id for an OS in this region: the catalog names the image, the stack config pins its regional id. */
    private String imageId(Scope scope, OsImage os) {
        Object pattern = CATALOG.image(scope, os);
        return session.config().requireAtDeploy(TARGET, IMAGE_ID_KEY + os.key(),
                "OMI id of " + os.key() + " in " + region + ": ReadImages with image_names '" + pattern + "' and account_aliases 'Outscale'");
    }

    private Keypair keypair(Scope scope, String sshPublicKey) {
        return new Keypair(scope.child("keypair"), KeypairArgs.builder()
                .keypairName(session.stack() + "-" + scope.name())
                .publicKey(CloudInit.base64(sshPublicKey.strip()))
                .tags(Tags.of(scope.labels()))
                .build(), scope.options(provider));
    }

    private VmBlockDeviceMappingArgs rootDisk(Scope scope, int sizeGiB) {
        return VmBlockDeviceMappingArgs.builder()
                .deviceName("/dev/sda1")
                .bsu(VmBlockDeviceMappingBsuArgs.builder()
                        .volumeSize(sizeGiB)
                        .volumeType(CATALOG.volumeClass(scope, VolumeClass.BALANCED_SSD))
                        .deleteOnVmDeletion(true)
                        .build())
                .build();
    }

    /** Volumes in declaration order on /dev/xvdb, /dev/xvdc, ... */
    private void attach(Scope scope, Vm vm, String subregion, List<String> volumes) {
        for (int i = 0; i < volumes.size(); i++) {
            VolumeHandle volume = scope.lookup(volumes.get(i), VolumeHandle.class);
            if (!volume.subregion().equals(subregion)) {
                throw scope.error("volume '" + volumes.get(i) + "' is in subregion " + volume.subregion() + " but the VM is in "
                        + subregion + ": a BSU volume attaches only in its own subregion");
            }
            new VolumeLink(scope.child("attach-" + volumes.get(i)), VolumeLinkArgs.builder()
                    .vmId(vm.vmId())
                    .volumeId(volume.volume().volumeId())
                    .deviceName("/dev/xvd" + (char) ('b' + i))
                    .build(), scope.options(provider));
        }
    }

    /**
     * PostgreSQL on a hardened VM in the exposure's subnet, with its data on a separate BSU volume:
     * a degraded fallback, since Outscale offers no managed database.
     */
    @Override
    public Realised database(Scope scope, DatabaseSpec spec) {
        if (spec.exposure().subnet() == null) {
            String reason = "Outscale has no managed PostgreSQL, and the fallback (PostgreSQL on a VM) needs a subnet:"
                    + " declare the exposure privateIn(network, subnet) to get it";
            scope.unsupported(reason);
            return Realised.of(null, new Unrealised(reason));
        }
        String version = CATALOG.postgresVersion(scope, spec.version());
        NetworkHandle network = scope.lookup(spec.exposure().subnet().network(), NetworkHandle.class);
        SubnetHandle subnet = network.subnet(spec.exposure().subnet().subnet());
        scope.degraded("no managed PostgreSQL on Outscale: PostgreSQL " + version + " runs on a VM Pont bootstraps with cloud-init"
                + " (untested); patching and minor upgrades are yours, and no cloud resource attests its version or TLS settings",
                Property.SELF_MANAGED, Property.ROLE, Property.VERSION, Property.TLS_MINIMUM);
        if (spec.highAvailability()) {
            scope.degraded("high availability not realised: one VM, no automatic failover (run Patroni across subregions yourself)",
                    Property.HIGH_AVAILABILITY);
        }
        scope.degraded("backups not realised: keep " + spec.backupRetentionDays() + " days yourself (BSU snapshots or pgBackRest to OOS)",
                Property.BACKUP_RETENTION_DAYS);
        if (spec.exposure().publicEndpoint()) {
            scope.degraded("public endpoint not realised: the database VM has no public IP", Property.PUBLIC_ENDPOINT);
        }
        if (!egress.get(network.name()).reachesInternet(subnet.name())) {
            scope.degraded("the bootstrap installs PostgreSQL from the PGDG repository: subnet " + spec.exposure().subnet()
                    + " needs outbound HTTPS (a firewall allowOut to 0.0.0.0/0 on 443) or a local mirror", Property.SELF_MANAGED);
        }
        degradeBsuEncryption(scope, "database volume", spec.encryptionKey());
        degradeSingleSubregion(scope, "the database VM and its volume");

        String vmType = CATALOG.databaseSize(scope, spec.size());
        String imageId = imageId(scope, OsImage.debian("12"));
        List<Cidr> clients = new ArrayList<>(List.of(subnet.cidr()));
        clients.addAll(spec.exposure().allowedCidrs());
        SecurityGroup group = new SecurityGroup(scope.child("sg"), SecurityGroupArgs.builder()
                .netId(network.net().netId())
                .securityGroupName(session.stack() + "-" + scope.name())
                .description("Pont: PostgreSQL " + scope.name() + ", TCP " + DB_PORT + " from its clients only")
                .removeDefaultOutboundRule(true)
                .tags(Tags.of(scope.labels()))
                .build(), scope.options(provider));
        for (Cidr client : clients) {
            new SecurityGroupRule(scope.child("sg-" + client.toString().replace('/', '-').replace('.', '-')), SecurityGroupRuleArgs.builder()
                    .securityGroupId(group.securityGroupId())
                    .flow("Inbound")
                    .ipProtocol("tcp")
                    .fromPortRange(DB_PORT)
                    .toPortRange(DB_PORT)
                    .ipRange(client.toString())
                    .build(), scope.options(provider));
        }
        String sshKey = session.config().get(DB_SSH_KEY).filter(k -> !k.isBlank()).orElse(null);
        var vm = VmArgs.builder()
                .imageId(imageId)
                .vmType(vmType)
                .subnetId(subnet.subnet().subnetId())
                .placementSubregionName(subnet.subregion())
                .securityGroupIds(Output.all(subnet.group().securityGroupId(), group.securityGroupId()))
                .blockDeviceMappings(rootDisk(scope, 20))
                .userData(CloudInit.postgres(version, "/dev/xvdb", clients, DB_ADMIN_USER, sshKey))
                .deletionProtection(true)
                .tags(Tags.of(scope.labels()));
        if (sshKey != null) {
            vm.keypairName(keypair(scope, sshKey).keypairName());
        } else {
            scope.degraded("no SSH access to the database VM: set " + DB_SSH_KEY + " to install an admin key", Property.SELF_MANAGED);
        }
        Vm server = new Vm(scope.child("vm"), vm.build(), scope.options(provider));
        Volume data = new Volume(scope.child("data"), VolumeArgs.builder()
                .subregionName(subnet.subregion())
                .size(spec.storageGiB())
                .volumeType(CATALOG.volumeClass(scope, VolumeClass.BALANCED_SSD))
                .tags(Tags.of(scope.labels()))
                .build(), scope.options(provider));
        new VolumeLink(scope.child("data-attach"), VolumeLinkArgs.builder()
                .vmId(server.vmId()).volumeId(data.volumeId()).deviceName("/dev/xvdb").build(), scope.options(provider));
        return new Realised(server.vmId(), Output.format("%s:%d", server.privateIp(), DB_PORT), new VmHandle(server));
    }

    // ---- Kubernetes -----------------------------------------------------------------------------

    @Override
    public Realised kubernetesCluster(Scope scope, KubernetesClusterSpec spec) {
        String version = CATALOG.kubernetesVersion(scope, spec.version());
        NetworkHandle network = scope.lookup(spec.subnet().network(), NetworkHandle.class);
        Cidr projectCidr = oksProjectCidr(scope, network);
        scope.degraded("OKS runs the cluster in the OKS project's own Net (" + projectCidr + "), not in subnet " + spec.subnet()
                + ": peer that Net with network '" + network.name() + "' to reach the stack's other resources (not realised)",
                Property.SUBNETS);
        if (spec.privateApi()) {
            scope.degraded("private API not offered by OKS: the Kubernetes API has a public endpoint, reachable only from adminWhitelists "
                    + spec.adminCidrs().stream().map(Cidr::toString).toList(), Property.PRIVATE_API);
        }
        List<String> privateAdmins = spec.adminCidrs().stream().filter(OutscaleAdapter::rfc1918).map(Cidr::toString).toList();
        if (!privateAdmins.isEmpty()) {
            scope.degraded("admin CIDRs " + privateAdmins + " are private ranges, but the OKS API is reached over the internet:"
                    + " whitelist the public (NAT) addresses your administrators come from", Property.ADMIN_CIDRS);
        }
        boolean multiZone = session.placement().zoneRedundant() && subregions.size() > 1;
        if (session.placement().zoneRedundant() && !multiZone) {
            scope.degraded("region " + region + " has one subregion (" + subregions.get(0) + "): control plane and nodes are not"
                    + " spread over zones", Property.ZONE_REDUNDANT);
        }
        String name = session.stack() + "-" + scope.name();
        if (name.length() > 40) {
            throw scope.error("OKS name '" + name + "' is longer than 40 characters: shorten the stack or cluster name");
        }
        OksProject project = new OksProject(scope.child("project"), OksProjectArgs.builder()
                .name(name)
                .cidr(projectCidr.toString())
                .region(region)
                .description("Pont: " + scope.name() + " of stack " + session.stack())
                .tags(scope.labels().asMap())
                .build(), scope.options(provider));
        var cluster = OksClusterArgs.builder()
                .projectId(project.id())
                .name(name)
                .version(version)
                .controlPlanes(OKS_CONTROL_PLANE)
                .adminWhitelists(spec.adminCidrs().stream().map(Cidr::toString).toList())
                .cidrPods(OKS_PODS_CIDR)
                .cidrService(OKS_SERVICES_CIDR)
                .cpMultiAz(multiZone)
                .tags(scope.labels().asMap());
        if (multiZone) {
            cluster.cpSubregions(subregions);
        }
        OksCluster oks = new OksCluster(scope.child("cluster"), cluster.build(), scope.options(provider));
        KubernetesProvider kubernetes = new KubernetesProvider(scope.child("kubernetes"), KubernetesProviderArgs.builder()
                .kubeconfig(oks.kubeconfig().asSecret()).build(), scope.options(null, oks));
        List<String> zones = multiZone ? subregions : subregions.subList(0, 1);
        for (NodePoolSpec pool : spec.nodePools()) {
            nodePool(scope, pool, zones, kubernetes, oks);
        }
        return Realised.of(oks.id(), new ClusterHandle(oks, kubernetes));
    }

    /** A node pool is an {@code oks.dev/v1beta2} NodePool object applied through the cluster's Kubernetes API. */
    private void nodePool(Scope scope, NodePoolSpec pool, List<String> zones, KubernetesProvider kubernetes, OksCluster cluster) {
        int nodes = Math.max(1, pool.minNodes());
        if (pool.minNodes() != pool.maxNodes()) {
            scope.degraded("node pool '" + pool.name() + "' runs a fixed " + nodes + " node(s): the OKS NodePool manifest documents"
                    + " desiredNodes only, so autoscaling between " + pool.minNodes() + " and " + pool.maxNodes() + " is not realised",
                    Property.NODE_POOLS);
        } else if (pool.minNodes() == 0) {
            scope.degraded("node pool '" + pool.name() + "' asks for 0 nodes: OKS gets 1", Property.NODE_POOLS);
        }
        new NodePool(scope.child("pool-" + pool.name()), NodePoolArgs.builder()
                .apiVersion("oks.dev/v1beta2")
                .kind("NodePool")
                .metadata(NodePoolMetadataArgs.builder().name(pool.name()).labels(scope.labels().asMap()).build())
                .spec(NodePoolSpecArgs.builder()
                        .desiredNodes(nodes)
                        .nodeType(CATALOG.size(scope, pool.size()))
                        .zones(zones)
                        .upgradeStrategy(NodePoolUpgradeStrategyArgs.builder()
                                .maxUnavailable(1).maxSurge(0).autoUpgradeEnabled(true).build())
                        .autoHealing(true)
                        .build())
                .build(), scope.options(kubernetes, cluster));
    }

    /** The OKS project's Net range: from config, else a default; it must not overlap the stack's network. */
    private Cidr oksProjectCidr(Scope scope, NetworkHandle network) {
        Cidr cidr = Cidr.parse(session.config().get(OKS_CIDR_KEY).filter(v -> !v.isBlank()).orElse(OKS_DEFAULT_CIDR));
        if (cidr.overlaps(network.addressSpace())) {
            throw scope.error("the OKS project range " + cidr + " overlaps network '" + network.name() + "' " + network.addressSpace()
                    + ": set " + OKS_CIDR_KEY + " to a free range so the two Nets can be peered");
        }
        return cidr;
    }

    static boolean rfc1918(Cidr cidr) {
        return Cidr.parse("10.0.0.0/8").contains(cidr) || Cidr.parse("172.16.0.0/12").contains(cidr)
                || Cidr.parse("192.168.0.0/16").contains(cidr);
    }

    // ---- identity -------------------------------------------------------------------------------

    /** An EIM user with an access key and one policy per grant EIM can express. */
    @Override
    public Realised serviceIdentity(Scope scope, ServiceIdentitySpec spec) {
        scope.degraded("no workload identity on Outscale: the identity is an EIM user with a static access key"
                + " (its secret key is a Pulumi secret in state); deliver and rotate it yourself", Property.GRANTS);
        Map<String, ResourceKind> kinds = new HashMap<>();
        for (Declaration d : scope.before()) {
            kinds.put(d.name(), d.spec().kind());
        }
        String userName = session.stack() + "-" + scope.name();
        List<UserPolicyArgs> policies = new ArrayList<>();
        for (Grant grant : spec.grants()) {
            ResourceKind kind = kinds.get(grant.resource());
            var actions = GRANTS.actions(kind, grant.access());
            if (actions.isEmpty()) {
                scope.degraded("grant " + grant.access().wire() + " on '" + grant.resource() + "' not realised: " + GRANTS.note(kind),
                        Property.GRANTS);
                continue;
            }
            scope.degraded("grant " + grant.access().wire() + " on '" + grant.resource() + "' is account-wide: " + GRANTS.note(kind),
                    Property.GRANTS);
            Policy policy = new Policy(scope.child(grant.resource() + "-" + grant.access().wire()), PolicyArgs.builder()
                    .policyName(userName + "-" + grant.resource() + "-" + grant.access().wire())
                    .description("Pont: " + grant.access().wire() + " on " + grant.resource() + " for " + scope.name())
                    .path("/pont/")
                    .document(policyDocument(actions.get()))
                    .build(), scope.options(provider));
            policies.add(UserPolicyArgs.builder().policyOrn(policy.orn()).build());
        }
        User user = new User(scope.child("user"), UserArgs.builder()
                .userName(userName)
                .path("/pont/")
                .policies(policies)
                .build(), scope.options(provider));
        var key = AccessKeyArgs.builder().userName(user.userName()).state("ACTIVE");
        session.config().get(ACCESS_KEY_EXPIRY_KEY).filter(v -> !v.isBlank()).ifPresentOrElse(key::expirationDate,
                () -> scope.degraded("the access key does not expire: set " + ACCESS_KEY_EXPIRY_KEY + " (ISO 8601 date) to force rotation",
                        Property.SECRET_EXPIRY));
        new AccessKey(scope.child("access-key"), key.build(), scope.options(provider, user));
        return Realised.of(user.userId(), new IdentityHandle(user));
    }

    static String policyDocument(List<String> actions) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Effect", "Allow");
        statement.put("Action", actions);
        statement.put("Resource", List.of("*"));
        return Json.pretty(Map.of("Statement", List.of(statement))).strip();
    }

    // ---- observability --------------------------------------------------------------------------

    /**
     * Outscale keeps its API call logs itself (ReadApiLogs) with no resource to route or retain them:
     * Pont creates a locked OOS archive bucket for them and declares the rest.
     */
    @Override
    public Realised auditLog(Scope scope, AuditLogSpec spec) {
        scope.degraded("Outscale has no audit-log resource: API calls are logged by the platform and read with ReadApiLogs;"
                + " exporting them into the archive bucket needs a scheduled job (not realised)",
                Property.LOGGED_RESOURCES, Property.LOG_RETENTION_DAYS, Property.ROLE);
        if (spec.categories().contains(AuditLogSpec.Category.DATA_ACCESS)) {
            scope.degraded("data-access events (object reads, database queries) are not collected: OOS access logging and"
                    + " in-guest logs are not configurable through the provider", Property.LOGGED_RESOURCES);
        }
        degradeOosExposure(scope, Exposure.isolated());
        BucketHandle bucket = oos().bucket(scope, true, spec.retentionDays(), true, Exposure.isolated(), scope.labels());
        return new Realised(bucket.bucket().id(), oos().url(bucket), bucket);
    }

    // ---- preview --------------------------------------------------------------------------------

    @Override
    public Map<String, Object> outputs(String type, String name, Map<String, Object> inputs) {
        return previewAnswers.outputs(type, name, inputs, region);
    }

    /**
     * A bucket's OOS endpoint for the region ({@code https://oos.<region>.outscale.com}, path-style) and
     * its name; the database VM's private IP on {@value #DB_PORT}, the default database and the
     * server's own {@code postgres} role (cloud-init sets no password: whoever probes sets one).
     */
    @Override
    public Optional<Output<Map<String, Object>>> endpoint(Scope scope, dev.pont.core.spec.Spec spec, Realised realised) {
        if (spec instanceof ObjectStoreSpec && realised.handle() instanceof BucketHandle bucket) {
            return Optional.of(DataPlaneEndpoint.s3(Output.of(Oos.endpoint(region)), Output.of(region), Output.of(bucket.bucketName())));
        }
        if (spec instanceof DatabaseSpec && realised.handle() instanceof VmHandle server) {
            return Optional.of(DataPlaneEndpoint.postgres(server.vm().privateIp(), Output.of(DB_PORT), Output.of("postgres"), Output.of("postgres")));
        }
        return Optional.empty();
    }
}
