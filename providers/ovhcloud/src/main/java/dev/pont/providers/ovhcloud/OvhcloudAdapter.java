package dev.pont.providers.ovhcloud;

import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import dev.pont.core.adapter.Adapter;
import dev.pont.core.adapter.PreviewOutputs;
import dev.pont.core.adapter.Realised;
import dev.pont.core.adapter.Scope;
import dev.pont.core.adapter.Session;
import dev.pont.core.adapter.TargetInfo;
import dev.pont.core.catalog.Catalog;
import dev.pont.core.platform.Declaration;
import dev.pont.core.spec.AuditLogSpec;
import dev.pont.core.spec.BlockVolumeSpec;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.FirewallSpec;
import dev.pont.core.spec.Grant;
import dev.pont.core.spec.KeySpec;
import dev.pont.core.spec.KeyVaultSpec;
import dev.pont.core.spec.KubernetesClusterSpec;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.NodePoolSpec;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.ResourceKind;
import dev.pont.core.spec.SecretSpec;
import dev.pont.core.spec.ServiceIdentitySpec;
import dev.pont.core.spec.Spec;
import dev.pont.core.spec.SubnetSpec;
import dev.pont.core.spec.VirtualMachineSpec;
import dev.pont.core.spec.VolumeClass;
import dev.pont.providers.ovhcloud.Regions.Service;
import dev.pont.providers.ovhcloud.bindings.openstack.FloatingIp;
import dev.pont.providers.ovhcloud.bindings.openstack.FloatingIpArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.FloatingIpAssociate;
import dev.pont.providers.ovhcloud.bindings.openstack.FloatingIpAssociateArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.Instance;
import dev.pont.providers.ovhcloud.bindings.openstack.InstanceArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.InstanceBlockDeviceArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.InstanceNetworkArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.OpenstackPackage;
import dev.pont.providers.ovhcloud.bindings.openstack.OpenstackProvider;
import dev.pont.providers.ovhcloud.bindings.openstack.OpenstackProviderArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.Port;
import dev.pont.providers.ovhcloud.bindings.openstack.PortArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.PortFixedIpArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.SecGroup;
import dev.pont.providers.ovhcloud.bindings.openstack.SecGroupArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.SecGroupRule;
import dev.pont.providers.ovhcloud.bindings.openstack.SecGroupRuleArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.Volume;
import dev.pont.providers.ovhcloud.bindings.openstack.VolumeArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.VolumeAttach;
import dev.pont.providers.ovhcloud.bindings.openstack.VolumeAttachArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.CloudProjectFunctions;
import dev.pont.providers.ovhcloud.bindings.ovh.CloudProjectUser;
import dev.pont.providers.ovhcloud.bindings.ovh.CloudProjectUserArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.Database;
import dev.pont.providers.ovhcloud.bindings.ovh.DatabaseArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.DatabaseIpRestrictionArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.DatabaseLogSubscription;
import dev.pont.providers.ovhcloud.bindings.ovh.DatabaseLogSubscriptionArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.DatabaseNodeArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.Gateway;
import dev.pont.providers.ovhcloud.bindings.ovh.GatewayArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.GetImagesArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.GetImagesImage;
import dev.pont.providers.ovhcloud.bindings.ovh.Kube;
import dev.pont.providers.ovhcloud.bindings.ovh.KubeArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.KubeIpRestrictions;
import dev.pont.providers.ovhcloud.bindings.ovh.KubeIpRestrictionsArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.KubeNodePool;
import dev.pont.providers.ovhcloud.bindings.ovh.KubeNodePoolArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.KubeNodePoolTemplateArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.KubeNodePoolTemplateMetadataArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.KubeNodePoolTemplateSpecArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.KubePrivateNetworkConfigurationArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.LogsOutputGraylogStream;
import dev.pont.providers.ovhcloud.bindings.ovh.LogsOutputGraylogStreamArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.NetworkPrivate;
import dev.pont.providers.ovhcloud.bindings.ovh.NetworkPrivateArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.NetworkPrivateSubnetV2;
import dev.pont.providers.ovhcloud.bindings.ovh.NetworkPrivateSubnetV2Args;
import dev.pont.providers.ovhcloud.bindings.ovh.Okms;
import dev.pont.providers.ovhcloud.bindings.ovh.OkmsArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.OkmsSecret;
import dev.pont.providers.ovhcloud.bindings.ovh.OkmsSecretArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.OkmsSecretMetadataArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.OkmsSecretVersionArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.OvhPackage;
import dev.pont.providers.ovhcloud.bindings.ovh.OvhProvider;
import dev.pont.providers.ovhcloud.bindings.ovh.OvhProviderArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.PostgresSqlUser;
import dev.pont.providers.ovhcloud.bindings.ovh.PostgresSqlUserArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.S3Credential;
import dev.pont.providers.ovhcloud.bindings.ovh.S3CredentialArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.S3Policy;
import dev.pont.providers.ovhcloud.bindings.ovh.S3PolicyArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.ServiceKey;
import dev.pont.providers.ovhcloud.bindings.ovh.ServiceKeyArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.Storage;
import dev.pont.providers.ovhcloud.bindings.ovh.StorageArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.StorageEncryptionArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.StorageObjectLockArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.StorageObjectLockRuleArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.StorageVersioningArgs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Realises neutral specs on OVHcloud Public Cloud. OVH-native services (private networks, object
 * storage, managed PostgreSQL and Kubernetes, KMS, Logs Data Platform) go through the {@code ovh}
 * provider; instances, their ports and security groups, and block volumes go through the
 * {@code openstack} provider against OVHcloud's Keystone, because the {@code ovh} provider has no
 * security group and its instance resource cannot attach one (see the module README).
 */
public final class OvhcloudAdapter implements Adapter, PreviewOutputs {
    public static final String TARGET = "ovhcloud";
    /** The Public Cloud project id (the ovh provider's {@code serviceName}, the OpenStack tenant id). */
    public static final String PROJECT_ID = "pont:ovhcloudProjectId";
    /** The OVH API endpoint, default {@code ovh-eu}. */
    public static final String ENDPOINT = "pont:ovhcloudEndpoint";
    /** The OVHcloud subsidiary a KMS is ordered under, default from settings.json ({@code FR}). */
    public static final String SUBSIDIARY = "pont:ovhcloudSubsidiary";
    /** The Logs Data Platform service (ldp-xx-xxxxx) that receives the audit log. */
    public static final String LDP_SERVICE = "pont:ovhcloudLdpService";

    static final Catalog CATALOG = Catalog.load(OvhcloudAdapter.class, "catalog.json");
    static final Regions REGIONS = Regions.load();
    static final Settings SETTINGS = Settings.load();

    private Session session;
    private String projectId;
    private String location;
    private OvhProvider ovh;
    private OpenstackProvider openstack;
    /** One gateway per subnet that needs a way out, created by the first resource that needs it. */
    private final Map<String, Gateway> gateways = new HashMap<>();
    private final PreviewAnswers previewAnswers = new PreviewAnswers(CATALOG);

    @Override
    public TargetInfo info() {
        return new TargetInfo(TARGET, "OVHcloud Public Cloud", List.of(
                OvhPackage.NAME + " " + OvhPackage.VERSION + " (" + OvhPackage.PLUGIN_DOWNLOAD_URL + ")",
                OpenstackPackage.NAME + " " + OpenstackPackage.VERSION));
    }

    @Override
    public void begin(Session session) {
        this.session = session;
        this.projectId = session.config().require(TARGET, PROJECT_ID, "OVHcloud Public Cloud project id, the ovh provider's serviceName");
        this.location = CATALOG.region(session.placement());
        String endpoint = session.config().get(ENDPOINT).filter(v -> !v.isBlank()).orElse("ovh-eu");
        this.ovh = new OvhProvider(TARGET, OvhProviderArgs.builder().endpoint(endpoint).userAgentExtra("pont").build(),
                CustomResourceOptions.Empty);
        this.openstack = new OpenstackProvider(TARGET + "-openstack", OpenstackProviderArgs.builder()
                .authUrl(SETTINGS.openstackAuthUrl())
                .tenantId(projectId)
                .region(REGIONS.name(location, Service.OPENSTACK))
                .userDomainName(SETTINGS.openstackDomain())
                .projectDomainName(SETTINGS.openstackDomain())
                .build(), CustomResourceOptions.Empty);
    }

    // ---------------------------------------------------------------- network

    @Override
    public Realised network(Scope scope, NetworkSpec spec) {
        String region = REGIONS.name(scope, location, Service.OPENSTACK);
        int vlan = vlan(scope);
        var network = new NetworkPrivate(scope.child(""), NetworkPrivateArgs.builder()
                .serviceName(projectId)
                .name(cloudName(scope))
                .regions(region)
                .vlanId(vlan)
                .build(), scope.options(ovh));
        Output<String> openstackId = network.regionsOpenstackIds().applyValue(ids -> {
            String id = ids == null ? null : ids.get(region);
            if (id == null) {
                throw scope.error("the private network has no id in " + region
                        + ": attach the Public Cloud project to a vRack, then run again");
            }
            return id;
        });
        Map<String, Handles.Subnet> subnets = new LinkedHashMap<>();
        for (SubnetSpec s : spec.subnets()) {
            var subnet = new NetworkPrivateSubnetV2(scope.child(s.name()), NetworkPrivateSubnetV2Args.builder()
                    .serviceName(projectId)
                    .networkId(openstackId)
                    .region(region)
                    .name(cloudName(scope) + "-" + s.name())
                    .cidr(s.cidr().toString())
                    .dhcp(true)
                    .enableGatewayIp(true)
                    .build(), scope.options(ovh));
            // Every instance of the subnet gets this group instead of the project's "default" one,
            // which allows everything and must not be edited. No rule: nothing in, nothing out.
            var group = new SecGroup(scope.child(s.name() + "-sg"), SecGroupArgs.builder()
                    .name(cloudName(scope) + "-" + s.name())
                    .description("Pont: instances of subnet " + s.name() + " " + s.cidr() + "; deny by default, rules from firewall specs")
                    .region(region)
                    .deleteDefaultRules(true)
                    .stateful(true)
                    .tags(tags(scope))
                    .build(), scope.options(openstack));
            subnets.put(s.name(), new Handles.Subnet(scope.name(), s.name(), s.cidr(), subnet, group));
        }
        labelsNotCarried(scope, spec, "private network and its subnets (they are on the subnets' security groups)");
        return Realised.of(network.id(), new Handles.Network(scope.name(), spec, network, openstackId, Map.copyOf(subnets)));
    }

    /** A VLAN id for the network, stable for a stack and network name; it must be unused in the vRack. */
    private int vlan(Scope scope) {
        int vlan = 2 + Math.floorMod((session.stack() + "/" + scope.name()).hashCode(), 3999);
        scope.choice("vlan", "private network " + scope.name(), String.valueOf(vlan), false,
                "derived from the stack and network names; must not be used by another private network of the vRack");
        return vlan;
    }

    // ---------------------------------------------------------------- firewall

    @Override
    public Realised firewall(Scope scope, FirewallSpec spec) {
        var network = scope.lookup(spec.network(), Handles.Network.class);
        String region = REGIONS.name(scope, location, Service.OPENSTACK);
        var plan = SecurityGroupRules.of(spec.network(), network.spec(), spec.rules());
        for (SecurityGroupRules.Rule r : plan.rules()) {
            var args = SecGroupRuleArgs.builder()
                    .securityGroupId(network.subnet(r.subnet()).securityGroup().id())
                    .direction(r.ingress() ? "ingress" : "egress")
                    .ethertype("IPv4")
                    .remoteIpPrefix(r.remote().toString())
                    .description("Pont firewall " + scope.name() + ", rule " + r.rule())
                    .region(region);
            if (r.protocol() != null) {
                args.protocol(r.protocol());
            }
            if (r.portFrom() > 0) {
                args.portRangeMin(r.portFrom()).portRangeMax(r.portTo());
            }
            new SecGroupRule(scope.child(r.suffix()), args.build(), scope.options(openstack));
        }
        plan.losses().forEach(scope::degraded);
        for (String subnet : new TreeSet<>(plan.egressOutside())) {
            gateway(scope, network, subnet);
        }
        labelsNotCarried(scope, spec, "security group rules");
        Output<String> id = Output.all(network.subnets().values().stream().map(s -> s.securityGroup().id()).toList())
                .applyValue(ids -> String.join(",", ids.stream().sorted().toList()));
        return Realised.of(id, new Handles.Firewall(spec.network(), plan.rules().size()));
    }

    /** The gateway giving {@code subnet} a way out (SNAT), created once per subnet. */
    private Gateway gateway(Scope scope, Handles.Network network, String subnet) {
        return gateways.computeIfAbsent(network.name() + "/" + subnet, key -> new Gateway(
                scope.child(network.name() + "-" + subnet + "-gateway"), GatewayArgs.builder()
                        .serviceName(projectId)
                        .name(session.stack() + "-" + network.name() + "-" + subnet)
                        .model(SETTINGS.gatewayModel())
                        .region(REGIONS.name(location, Service.OPENSTACK))
                        .networkId(network.openstackId())
                        .subnetId(network.subnet(subnet).subnet().id())
                        .build(), scope.options(ovh)));
    }

    // ---------------------------------------------------------------- key vault and secrets

    @Override
    public Realised keyVault(Scope scope, KeyVaultSpec spec) {
        var okms = new Okms(scope.child(""), OkmsArgs.builder()
                .displayName(cloudName(scope))
                .ovhSubsidiary(session.config().get(SUBSIDIARY).filter(v -> !v.isBlank()).orElse(SETTINGS.kmsSubsidiary()))
                .region(REGIONS.name(scope, location, Service.KMS))
                .build(), scope.options(ovh));
        // OKMS has no purge protection: Pulumi's protect flag stops `pulumi destroy` from deleting keys.
        var protect = CustomResourceOptions.merge(scope.options(ovh), CustomResourceOptions.builder().protect(true).build());
        Map<String, ServiceKey> keys = new LinkedHashMap<>();
        for (KeySpec k : spec.keys()) {
            keys.put(k.name(), new ServiceKey(scope.child(k.name()), serviceKey(scope, okms, k).build(), protect));
            if (k.rotationDays() > 0) {
                scope.degraded("key '" + k.name() + "': rotation every " + k.rotationDays() + " days is not set: ovh "
                        + OvhPackage.VERSION + " has no rotation setting for OKMS service keys; rotate by creating a new key version outside Pulumi");
            }
            if (k.hsmBacked()) {
                scope.degraded("key '" + k.name() + "': HSM-backed asked, but an OKMS service key has no protection-level choice in ovh "
                        + OvhPackage.VERSION + ", and OVHcloud does not document the key as held in an HSM");
            }
        }
        scope.degraded("deleted keys are not kept " + spec.softDeleteDays() + " days: OKMS in ovh " + OvhPackage.VERSION
                + " has no soft delete or purge protection; keys are protected in Pulumi state only (protect), not against deletion in the console or API");
        if (!spec.exposure().openToInternet()) {
            scope.degraded("the KMS has no private endpoint or network filter: its REST and KMIP endpoints are public, access is controlled by OVHcloud IAM and client certificates");
        }
        // ovh 2.13.0 tags IAM resources with iamResourceTags, whose input is named "urn": Pulumi SDKs
        // drop inputs named id or urn, so the resource cannot be used from a Pulumi program.
        labelsNotCarried(scope, spec, "KMS", "ovh " + OvhPackage.VERSION + " tags a KMS through iamResourceTags, whose target input is named 'urn', "
                + "a name Pulumi SDKs reserve and never send");
        return new Realised(okms.id(), okms.restEndpoint(), new Handles.KeyVault(okms, Map.copyOf(keys)));
    }

    private ServiceKeyArgs.Builder serviceKey(Scope scope, Okms okms, KeySpec k) {
        Settings.KeyType type = SETTINGS.keyTypes().get(k.algorithm().wire());
        var args = ServiceKeyArgs.builder()
                .okmsId(okms.id())
                .name(k.name())
                .type(type.type())
                .operations(type.operations());
        String chosen;
        if (k.algorithm() == KeySpec.Algorithm.EC) {
            String curve = SETTINGS.ecCurves().get(String.valueOf(k.size()));
            args.curve(curve);
            chosen = type.type() + " " + curve;
        } else {
            args.size((double) k.size());
            chosen = type.type() + " " + k.size();
        }
        scope.choice("key-type", k.name() + ": " + k.algorithm().wire() + " " + k.size(),
                chosen + " (" + String.join(", ", type.operations()) + ")", type.verified(), type.note());
        return args;
    }

    @Override
    public Realised secret(Scope scope, SecretSpec spec) {
        var vault = scope.lookup(spec.vault(), Handles.KeyVault.class);
        var metadata = OkmsSecretMetadataArgs.builder().customMetadata(scope.labels().asMap());
        if (spec.expiryDays() > 0) {
            String after = (spec.expiryDays() * 24) + "h";
            metadata.deactivateVersionAfter(after);
            scope.choice("secret-expiry", spec.expiryDays() + " days", "versions deactivated after " + after, false,
                    "duration syntax assumed from the Vault KV2-compatible API");
        }
        var secret = new OkmsSecret(scope.child(""), OkmsSecretArgs.builder()
                .okmsId(vault.okms().id())
                .path(session.stack() + "/" + scope.name())
                .metadata(metadata.build())
                .version(OkmsSecretVersionArgs.builder().data(session.config().secret(spec.configKey())).build())
                .build(), scope.options(ovh));
        return Realised.of(secret.id(), new Handles.Secret(secret));
    }

    // ---------------------------------------------------------------- storage

    @Override
    public Realised objectStore(Scope scope, ObjectStoreSpec spec) {
        var args = StorageArgs.builder()
                .serviceName(projectId)
                .regionName(REGIONS.name(scope, location, Service.OBJECT_STORAGE))
                .name(cloudName(scope))
                .encryption(StorageEncryptionArgs.builder().sseAlgorithm("AES256").build())
                .hideObjects(true);
        if (spec.versioned()) {
            args.versioning(StorageVersioningArgs.builder().status("enabled").build());
        }
        if (spec.retentionDays() > 0) {
            args.objectLock(StorageObjectLockArgs.builder()
                    .status("enabled")
                    .rule(StorageObjectLockRuleArgs.builder()
                            .mode(spec.retentionLocked() ? "compliance" : "governance")
                            .period("P" + spec.retentionDays() + "D")
                            .build())
                    .build());
        }
        var storage = new Storage(scope.child(""), args.build(), scope.options(ovh));
        if (spec.encryptionKey() != null) {
            scope.degraded("customer-managed key " + spec.encryptionKey() + " is not used: OVHcloud Object Storage encrypts with SSE-S3 (AES256) "
                    + "under an OVHcloud-managed key, and ovh " + OvhPackage.VERSION + " cannot point a bucket at an OKMS key");
        }
        Exposure exposure = spec.exposure();
        if (!exposure.publicEndpoint()) {
            scope.degraded("no private access: OVHcloud Object Storage has no private endpoint and ovh " + OvhPackage.VERSION
                    + " no network filter on buckets; the bucket stays private (no public ACL) but its S3 endpoint is reached over the internet with credentials");
        } else if (!exposure.openToInternet()) {
            scope.degraded("allowed CIDRs " + exposure.allowedCidrs() + " are not enforced: ovh " + OvhPackage.VERSION + " has no IP filter for buckets");
        }
        zoneRedundancy(scope, "the bucket");
        labelsNotCarried(scope, spec, "bucket");
        return new Realised(storage.id(), storage.virtualHost(), new Handles.ObjectStore(storage));
    }

    @Override
    public Realised blockVolume(Scope scope, BlockVolumeSpec spec) {
        String zone = zone(scope);
        var args = VolumeArgs.builder()
                .name(cloudName(scope))
                .region(REGIONS.name(scope, location, Service.OPENSTACK))
                .size(spec.sizeGiB())
                .volumeType(CATALOG.volumeClass(scope, spec.volumeClass()))
                .description("Pont block volume " + scope.name() + " of stack " + session.stack())
                .metadata(scope.labels().asMap())
                .enableOnlineResize(true);
        if (zone != null) {
            args.availabilityZone(zone);
        }
        var volume = new Volume(scope.child(""), args.build(), scope.options(openstack));
        if (spec.encryptionKey() != null) {
            scope.degraded("customer-managed key " + spec.encryptionKey() + " is not used: -luks volume types are encrypted with an OVHcloud-managed key, "
                    + "and a Cinder volume takes no OKMS key");
        }
        if (session.placement().zoneRedundant()) {
            scope.degraded("not zone-redundant: a block volume lives in one availability zone" + (zone == null ? " (" + location + " has one)" : " (" + zone + ")")
                    + "; snapshots or backups are needed to survive the loss of that zone");
        }
        return Realised.of(volume.id(), new Handles.BlockVolume(volume, zone));
    }

    @Override
    public Realised database(Scope scope, DatabaseSpec spec) {
        String region = REGIONS.name(scope, location, Service.DATABASE);
        String version = CATALOG.postgresVersion(scope, spec.version());
        String flavor = CATALOG.databaseSize(scope, spec.size());
        boolean multiZone = spec.highAvailability() && session.placement().zoneRedundant() && !zones().isEmpty();
        String planKey = !spec.highAvailability() ? "single" : multiZone ? "zoneRedundant" : "highAvailability";
        Settings.DatabasePlan plan = SETTINGS.databasePlans().get(planKey);
        scope.choice("database-plan", spec.highAvailability() ? "highly available" : "single node",
                plan.plan() + " (" + plan.nodes() + " nodes)", plan.verified(), plan.note());

        Exposure exposure = spec.exposure();
        Handles.Network network = exposure.subnet() == null ? null : scope.lookup(exposure.subnet().network(), Handles.Network.class);
        List<DatabaseNodeArgs> nodes = new ArrayList<>();
        for (int i = 0; i < plan.nodes(); i++) {
            var node = DatabaseNodeArgs.builder().region(region);
            if (network != null) {
                node.networkId(network.openstackId()).subnetId(network.subnet(exposure.subnet().subnet()).subnet().id());
            }
            nodes.add(node.build());
        }
        var db = new Database(scope.child(""), DatabaseArgs.builder()
                .serviceName(projectId)
                .description(cloudName(scope))
                .engine("postgresql")
                .version(version)
                .plan(plan.plan())
                .flavor(flavor)
                .nodes(nodes)
                .diskSize(spec.storageGiB())
                .ipRestrictions(DatabaseAccess.ipRestrictions(scope, spec, network).stream()
                        .map(r -> DatabaseIpRestrictionArgs.builder().ip(r.cidr().toString()).description(r.why()).build()).toList())
                .backupRegions(region)
                .build(), scope.options(ovh));

        scope.degraded("backups are not kept " + spec.backupRetentionDays() + " days as asked: ovh " + OvhPackage.VERSION
                + " sets where and when backups run (backupRegions, backupTime) but not how long they are kept; retention follows the "
                + plan.plan() + " plan");
        if (spec.encryptionKey() != null) {
            scope.degraded("customer-managed key " + spec.encryptionKey() + " is not used: Public Cloud Databases take no KMS key in ovh "
                    + OvhPackage.VERSION + "; at-rest encryption is OVHcloud-managed");
        }
        if (spec.highAvailability() && session.placement().zoneRedundant() && !multiZone) {
            scope.degraded("not zone-redundant: " + location + " has one availability zone, so the " + plan.nodes()
                    + " nodes share it; use EU-WEST-PAR (3 zones) to survive a zone loss");
        }
        if (!exposure.publicEndpoint() && exposure.subnet() == null) {
            scope.degraded("isolated exposure is approximated: a Public Cloud Databases service without a private network has a public endpoint; "
                    + "its IP allow-list is left empty, so nothing can connect until one is added");
        }
        labelsNotCarried(scope, spec, "database service");
        Output<String> endpoint = db.endpoints().applyValue(DatabaseAccess::hostAndPort);
        return new Realised(db.id(), endpoint, new Handles.Database(db));
    }

    // ---------------------------------------------------------------- compute

    @Override
    public Realised virtualMachine(Scope scope, VirtualMachineSpec spec) {
        var network = scope.lookup(spec.subnet().network(), Handles.Network.class);
        var subnet = network.subnet(spec.subnet().subnet());
        String region = REGIONS.name(scope, location, Service.OPENSTACK);
        String zone = zone(scope);
        String flavor = CATALOG.size(scope, spec.size());
        String imageName = String.valueOf(CATALOG.image(scope, spec.image()));
        String osDiskType = CATALOG.volumeClass(scope, VolumeClass.BALANCED_SSD);
        String sshKey = session.config().require(TARGET, spec.sshKeyConfig(), "admin SSH public key of virtual machine " + scope.name());

        Output<String> imageId = CloudProjectFunctions.getImages(GetImagesArgs.builder()
                        .serviceName(projectId).region(region).osType("linux").build(), scope.component(), ovh)
                .applyValue(result -> result.images().stream()
                        .filter(i -> imageName.equals(i.name()))
                        .map(GetImagesImage::id)
                        .sorted()
                        .findFirst()
                        .orElseThrow(() -> scope.error("image '" + imageName + "' is not offered in " + region
                                + ": update the images of the ovhcloud catalog (catalog.json)")));
        var port = new Port(scope.child("port"), PortArgs.builder()
                .name(cloudName(scope))
                .networkId(network.openstackId())
                .fixedIps(PortFixedIpArgs.builder().subnetId(subnet.subnet().id()).build())
                .securityGroupIds(subnet.securityGroup().id().applyValue(List::of))
                .adminStateUp(true)
                .region(region)
                .tags(tags(scope))
                .build(), scope.options(openstack));
        var args = InstanceArgs.builder()
                .name(cloudName(scope))
                .region(region)
                .flavorName(flavor)
                .blockDevices(InstanceBlockDeviceArgs.builder()
                        .sourceType("image")
                        .uuid(imageId)
                        .destinationType("volume")
                        .volumeSize(spec.osDiskGiB())
                        .volumeType(osDiskType)
                        .bootIndex(0)
                        .deleteOnTermination(true)
                        .build())
                .networks(InstanceNetworkArgs.builder().port(port.id()).build())
                .userData(CloudInit.adminUser(spec.adminUser(), sshKey))
                .metadata(scope.labels().asMap())
                .stopBeforeDestroy(true);
        if (zone != null) {
            args.availabilityZone(zone);
        }
        var instance = new Instance(scope.child(""), args.build(), scope.options(openstack));
        for (String name : spec.volumes()) {
            var volume = scope.lookup(name, Handles.BlockVolume.class);
            new VolumeAttach(scope.child(name + "-attachment"), VolumeAttachArgs.builder()
                    .instanceId(instance.id())
                    .volumeId(volume.volume().id())
                    .region(region)
                    .build(), scope.options(openstack));
        }
        Output<String> endpoint = port.allFixedIps().applyValue(ips -> ips == null || ips.isEmpty() ? "" : ips.get(0));
        if (spec.publicIp()) {
            Gateway gateway = gateway(scope, network, subnet.name());
            var ip = new FloatingIp(scope.child("public-ip"), FloatingIpArgs.builder()
                    .pool(SETTINGS.publicNetwork())
                    .description("Pont public IP of " + scope.name())
                    .region(region)
                    .tags(tags(scope))
                    .build(), scope.options(openstack));
            new FloatingIpAssociate(scope.child("public-ip-association"), FloatingIpAssociateArgs.builder()
                    .floatingIp(ip.address())
                    .portId(port.id())
                    .region(region)
                    .build(), scope.options(openstack, gateway));
            endpoint = ip.address();
        }
        if (spec.diskEncryptionKey() != null) {
            scope.degraded("customer-managed key " + spec.diskEncryptionKey() + " is not used: the OS disk is a " + osDiskType
                    + " boot volume encrypted with an OVHcloud-managed key; Nova and Cinder take no OKMS key here");
        }
        return new Realised(instance.id(), endpoint, new Handles.VirtualMachine(instance, port));
    }

    @Override
    public Realised kubernetesCluster(Scope scope, KubernetesClusterSpec spec) {
        var network = scope.lookup(spec.subnet().network(), Handles.Network.class);
        var subnet = network.subnet(spec.subnet().subnet());
        String region = REGIONS.name(scope, location, Service.OPENSTACK);
        boolean multiZone = session.placement().zoneRedundant() && !zones().isEmpty();
        String plan = SETTINGS.kubePlans().get(multiZone ? "multiZone" : "singleZone");
        // Nodes route through the subnet's gateway rather than their public interface.
        Gateway gateway = gateway(scope, network, subnet.name());
        var kube = new Kube(scope.child(""), KubeArgs.builder()
                .serviceName(projectId)
                .name(cloudName(scope))
                .region(region)
                .version(CATALOG.kubernetesVersion(scope, spec.version()))
                .plan(plan)
                .privateNetworkId(network.openstackId())
                .nodesSubnetId(subnet.subnet().id())
                .privateNetworkConfiguration(KubePrivateNetworkConfigurationArgs.builder()
                        .defaultVrackGateway("")
                        .privateNetworkRoutingAsDefault(true)
                        .build())
                .build(), scope.options(ovh, gateway));

        List<Cidr> allowed = spec.adminCidrs().isEmpty() ? List.of(subnet.cidr()) : spec.adminCidrs();
        new KubeIpRestrictions(scope.child("api-allow-list"), KubeIpRestrictionsArgs.builder()
                .serviceName(projectId)
                .kubeId(kube.id())
                .ips(allowed.stream().map(Cidr::toString).toList())
                .build(), scope.options(ovh));
        if (spec.privateApi()) {
            scope.degraded("no private API endpoint: the MKS API server is public; Pont restricts it to " + allowed
                    + (spec.adminCidrs().isEmpty() ? " (the cluster subnet, as no adminCidrs were given)" : " (adminCidrs)")
                    + ". Private ranges only match traffic that reaches the API from them, not traffic leaving through a gateway's public IP");
        }
        for (int i = 0; i < spec.nodePools().size(); i++) {
            nodePools(scope, kube, spec.nodePools().get(i), i == 0, multiZone);
        }
        scope.degraded("firewall rules do not filter the cluster's nodes: their ports are created by the MKS service, "
                + "not by Pont, so the subnet's security group is not attached to them");
        labelsNotCarried(scope, spec, "MKS cluster (node pools carry them as Kubernetes node labels)");
        return new Realised(kube.id(), kube.url(), new Handles.KubernetesCluster(kube));
    }

    /** One MKS pool per neutral pool, or one per zone in a 3-AZ region (MKS pools span a single zone). */
    private void nodePools(Scope scope, Kube kube, NodePoolSpec pool, boolean system, boolean multiZone) {
        String flavor = CATALOG.size(scope, pool.size());
        List<String> zones = multiZone ? zones() : java.util.Collections.singletonList(null);
        int min = ceilDiv(pool.minNodes(), zones.size());
        int max = Math.max(1, ceilDiv(pool.maxNodes(), zones.size()));
        if (multiZone) {
            scope.choice("node-pool-zones", pool.name() + ": " + pool.minNodes() + "-" + pool.maxNodes() + " nodes",
                    zones.size() + " pools of " + min + "-" + max + " nodes (" + String.join(", ", zones) + ")",
                    REGIONS.location(location).zonesVerified(), "an MKS node pool spans one zone; totals are rounded up");
        }
        Map<String, String> labels = new java.util.TreeMap<>(scope.labels().asMap());
        labels.put("pont-node-pool", pool.name());
        if (system) {
            labels.put("pont-system-pool", "true");
        }
        for (String zone : zones) {
            String name = zone == null ? pool.name() : pool.name() + "-" + zone.substring(zone.length() - 1);
            var args = KubeNodePoolArgs.builder()
                    .serviceName(projectId)
                    .kubeId(kube.id())
                    .name(name)
                    .flavorName(flavor)
                    .autoscale(pool.minNodes() != pool.maxNodes())
                    .minNodes(min)
                    .maxNodes(max)
                    .desiredNodes(Math.max(min, system ? 1 : 0))
                    .monthlyBilled(false)
                    .template(KubeNodePoolTemplateArgs.builder()
                            .metadata(KubeNodePoolTemplateMetadataArgs.builder()
                                    .annotations(Map.of())
                                    .finalizers(List.of())
                                    .labels(labels)
                                    .build())
                            .spec(KubeNodePoolTemplateSpecArgs.builder()
                                    .taints(List.of())
                                    .unschedulable(false)
                                    .build())
                            .build());
            if (zone != null) {
                args.availabilityZones(zone);
            }
            new KubeNodePool(scope.child(name), args.build(), scope.options(ovh));
        }
    }

    // ---------------------------------------------------------------- identity and audit

    @Override
    public Realised serviceIdentity(Scope scope, ServiceIdentitySpec spec) {
        List<Grant> storeGrants = new ArrayList<>();
        List<Resource> created = new ArrayList<>();
        Output<String> id = null;
        for (Grant g : spec.grants()) {
            ResourceKind kind = kindOf(scope, g.resource());
            if (kind == ResourceKind.OBJECT_STORE) {
                storeGrants.add(g);
            } else if (kind == ResourceKind.DATABASE) {
                var db = scope.lookup(g.resource(), Handles.Database.class);
                var login = new PostgresSqlUser(scope.child(g.resource() + "-login"), PostgresSqlUserArgs.builder()
                        .serviceName(projectId)
                        .clusterId(db.cluster().id())
                        .name(scope.name())
                        .build(), scope.options(ovh));
                created.add(login);
                id = id == null ? login.id() : id;
                scope.degraded("grant " + g.access().wire() + " on database '" + g.resource() + "' is only a login: ovh " + OvhPackage.VERSION
                        + " creates the PostgreSQL user but cannot grant table privileges; run GRANT statements for '" + scope.name() + "' yourself");
            } else {
                scope.degraded("grant " + g.access().wire() + " on " + kind.role() + " '" + g.resource() + "' is not realised: " + NotGrantable.reason(kind));
            }
        }
        CloudProjectUser user = null;
        if (!storeGrants.isEmpty()) {
            user = new CloudProjectUser(scope.child(""), CloudProjectUserArgs.builder()
                    .serviceName(projectId)
                    .description("Pont service identity " + session.stack() + "/" + scope.name())
                    .roleNames("objectstore_operator")
                    .build(), scope.options(ovh));
            new S3Credential(scope.child("s3-key"), S3CredentialArgs.builder()
                    .serviceName(projectId)
                    .userId(user.id())
                    .build(), scope.options(ovh));
            List<Output<String>> buckets = storeGrants.stream()
                    .map(g -> scope.lookup(g.resource(), Handles.ObjectStore.class).storage().name()).toList();
            Output<String> policy = Output.all(buckets).applyValue(names -> S3Policies.document(storeGrants, names));
            new S3Policy(scope.child("s3-policy"), S3PolicyArgs.builder()
                    .serviceName(projectId)
                    .userId(user.id())
                    .policy(policy)
                    .build(), scope.options(ovh));
            id = user.id();
            scope.degraded("object storage access uses a static S3 access key: OVHcloud has no workload identity federation for Object Storage; "
                    + "the key is a secret output of the identity's S3 credential, rotate it by replacing that resource");
        }
        if (user == null && created.isEmpty()) {
            scope.unsupported("no grant of this identity can be realised on OVHcloud with ovh " + OvhPackage.VERSION);
        } else {
            labelsNotCarried(scope, spec, "Public Cloud user and database logins");
        }
        return Realised.of(id, new Handles.ServiceIdentity(user));
    }

    @Override
    public Realised auditLog(Scope scope, AuditLogSpec spec) {
        String ldp = session.config().require(TARGET, LDP_SERVICE, "Logs Data Platform service name (ldp-xx-xxxxx) that receives the audit log");
        int years = Math.max(1, ceilDiv(spec.retentionDays(), 365));
        Settings.ColdStorage cold = SETTINGS.logsColdStorage();
        scope.choice("log-retention", spec.retentionDays() + " days", years + " year" + (years > 1 ? "s" : "") + " of cold storage (" + cold.target() + ")",
                cold.verified(), cold.note());
        var stream = new LogsOutputGraylogStream(scope.child(""), LogsOutputGraylogStreamArgs.builder()
                .serviceName(ldp)
                .title(cloudName(scope))
                .description("Pont audit log of stack " + session.stack())
                .indexingEnabled(true)
                .coldStorageEnabled(true)
                .coldStorageRetention(years)
                .coldStorageTarget(cold.target())
                .coldStorageContent(cold.content())
                .coldStorageCompression(cold.compression())
                .build(), scope.options(ovh));
        for (Declaration d : scope.before()) {
            if (d.spec().kind() == ResourceKind.DATABASE) {
                var db = scope.lookup(d.name(), Handles.Database.class);
                new DatabaseLogSubscription(scope.child(d.name()), DatabaseLogSubscriptionArgs.builder()
                        .serviceName(projectId)
                        .engine("postgresql")
                        .clusterId(db.cluster().id())
                        .kind("customer_logs")
                        .streamId(stream.streamId())
                        .build(), scope.options(ovh));
            }
        }
        scope.degraded("the " + spec.retentionDays() + "-day retention is applied to the stream's cold-storage archive (" + years
                + " year" + (years > 1 ? "s" : "") + "); how long logs stay searchable is the Logs Data Platform cluster's indexing retention, which Pont does not set");
        AuditGaps.of(spec, scope.before()).forEach(scope::degraded);
        labelsNotCarried(scope, spec, "Logs Data Platform stream");
        return Realised.of(stream.id(), new Handles.AuditLog(stream));
    }

    // ---------------------------------------------------------------- preview

    @Override
    public Map<String, Object> outputs(String type, String name, Map<String, Object> inputs) {
        return previewAnswers.outputs(type, name, inputs);
    }

    @Override
    public Map<String, Object> invoke(String token, Map<String, Object> args) {
        return previewAnswers.invoke(token, args);
    }

    // ---------------------------------------------------------------- helpers

    /** The name of a cloud resource: stack and resource names, unique in a project. */
    private String cloudName(Scope scope) {
        return session.stack() + "-" + scope.name();
    }

    private static List<String> tags(Scope scope) {
        return scope.labels().asMap().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    /** Labels the spec sets that a resource type of ovh 2.13.0 cannot carry, said once. */
    private static void labelsNotCarried(Scope scope, Spec spec, String what) {
        labelsNotCarried(scope, spec, what, "ovh " + OvhPackage.VERSION + " gives it no tags");
    }

    private static void labelsNotCarried(Scope scope, Spec spec, String what, String why) {
        if (!spec.labels().asMap().isEmpty()) {
            scope.degraded("labels " + spec.labels().asMap() + " are not on the " + what + ": " + why + "; they are kept on the Pont component");
        }
    }

    private List<String> zones() {
        return REGIONS.location(location).zones();
    }

    /** In a 3-AZ region, instances and volumes go to the first zone so that they can be attached to each other. */
    private String zone(Scope scope) {
        List<String> zones = zones();
        if (zones.isEmpty()) {
            return null;
        }
        scope.choice("availability-zone", location, zones.get(0), REGIONS.location(location).zonesVerified(),
                "instances and block volumes are pinned to the first zone so that volumes can be attached");
        return zones.get(0);
    }

    private void zoneRedundancy(Scope scope, String what) {
        if (session.placement().zoneRedundant() && zones().isEmpty()) {
            scope.degraded("not zone-redundant: " + location + " has one availability zone, so " + what
                    + " does not survive its loss; use EU-WEST-PAR (3 zones)");
        }
    }

    private static ResourceKind kindOf(Scope scope, String name) {
        return scope.before().stream().filter(d -> d.name().equals(name)).findFirst()
                .map(d -> d.spec().kind())
                .orElseThrow(() -> new IllegalStateException("'" + name + "' is not declared before '" + scope.name() + "'"));
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
